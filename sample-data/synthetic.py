#!/usr/bin/env python3
"""A large synthetic workspace for batch benchmarks: N clients, 13 months each.

    python3 sample-data/synthetic.py 500 /tmp/big-workspace

Each client has three CSFs, six KPIs (one from CSAT scores, one as ratio parts), three
ticket SLAs with counts and an availability SLA with credits. Deterministic (seeded)."""
import os, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
root = sys.argv[2] if len(sys.argv) > 2 else "synthetic-workspace"
rng = random.Random(7)
zones = ["Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago", "Australia/Sydney"]
currencies = ["GBP", "EUR", "USD", "USD", "AUD"]

def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

w(os.path.join(root, "provider.yaml"), "name: Synthetic MSP\ncolours: { primary: \"#203040\", accent: \"#2A7AB0\" }\n")
months = [(2025 + (9 + i) // 12, (9 + i) % 12 + 1) for i in range(13)]  # 2025-10 .. 2026-10
for c in range(n):
    z = c % len(zones)
    slug = f"client-{c:04d}"
    d = os.path.join(root, "clients", slug)
    fee = rng.randint(5, 60) * 1000
    # Every fifth fee changes on 1 October 2026 (up or down); contracts end over the
    # next three years, so that the portfolio has renewals and movements to show.
    change = f", changes: [{{ from: 2026-10-01, monthly: {fee + rng.choice([-2000, 1000, 3000])} }}]" if c % 5 == 0 else ""
    end = f"{2026 + (c % 36 + 11) // 12}-{(c % 36 + 11) % 12 + 1:02d}-28"
    devices = rng.randint(50, 2000)
    w(os.path.join(d, "client.yaml"), f"""\
client: {{ name: Synthetic Client {c:04d} Ltd, timezone: {zones[z]} }}
contract: {{ id: S-{c:04d}, start: 2024-01-01, end: {end}, notice_days: 90,
            fee: {{ monthly: {fee}, currency: {currencies[z]}{change} }}, devices_covered: {devices} }}
csfs:
  - {{ id: desk, name: A responsive service desk, kpis: [fcr, mttr, csat], slas: [p1, p2] }}
  - {{ id: uptime, name: Business systems available, kpis: [incidents], slas: [erp] }}
  - {{ id: secure, name: Protected endpoints, kpis: [patch, uncovered], slas: [p3] }}
kpis:
  - {{ id: fcr, name: First-contact resolution, unit: percent, better: higher, target: 72, warning: 65, aggregate: ratio }}
  - {{ id: mttr, name: Mean time to resolve, unit: hours, better: lower, target: 8, warning: 10 }}
  - {{ id: csat, name: Customer satisfaction, unit: percent, better: higher, target: 90, warning: 85, from: csat }}
  - {{ id: incidents, name: Major incidents, unit: count, better: lower, target: 1, warning: 3 }}
  - {{ id: patch, name: Patch compliance, unit: percent, better: higher, target: 95, warning: 90 }}
  - {{ id: uncovered, name: Devices without protection, unit: count, better: lower, target: 0, warning: 5, aggregate: last }}
slas:
  - {{ id: p1, name: P1 response, priority: P1, clock: response, within: 15m, goal: 95% }}
  - {{ id: p2, name: P2 resolution, priority: P2, clock: resolution, within: 8h, goal: 90% }}
  - {{ id: p3, name: P3 resolution, priority: P3, clock: resolution, within: 3d, goal: 90% }}
  - {{ id: erp, name: ERP availability, kind: availability, service: ERP, goal: 99.9%,
      credits: [{{ below: 99.9%, credit: 5% }}, {{ below: 99.5%, credit: 10% }}] }}
""")
    for (y, m) in months:
        den = rng.randint(100, 400)
        met1 = rng.randint(8, 30)
        p2 = rng.randint(40, 120)
        p3 = rng.randint(150, 400)
        scores = [rng.choice([5, 5, 5, 4, 4, 3, 2]) for _ in range(rng.randint(10, 40))]
        w(os.path.join(d, "periods", f"{y:04d}-{m:02d}.yaml"), f"""\
kpis: {{ fcr: {{ num: {round(den * rng.uniform(0.6, 0.85))}, den: {den} }}, mttr: {round(rng.uniform(5, 11), 1)},
        incidents: {rng.choice([0, 0, 1, 2, 4])}, patch: {round(rng.uniform(88, 99), 1)}, uncovered: {rng.choice([0, 1, 2, 6])} }}
slas:
  p1: {{ met: {met1}, breached: {rng.choice([0, 0, 0, 1, 2])} }}
  p2: {{ met: {p2}, breached: {rng.randint(0, 12)}, pending: {rng.randint(0, 3)} }}
  p3: {{ met: {p3}, breached: {rng.randint(0, 30)} }}
availability: {{ ERP: {{ downtime_minutes: {rng.choice([0, 0, 5, 20, 90])}, maintenance_minutes: {rng.choice([60, 120, 240])} }} }}
surveys: {{ csat: [{", ".join(map(str, scores))}] }}
notes: Synthetic month.
estate: {{ devices: {devices + rng.choice([0, 0, 0, 3, 12])} }}
actions:
  - {{ id: A-1, title: Improve the knowledge base, owner: SDM, due: 2026-12-31, status: in-progress, opened: 2025-10-01 }}
""")
print(f"{n} clients written to {root}")
