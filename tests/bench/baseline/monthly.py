#!/usr/bin/env python3
"""Comparison baseline for `cargo bench --bench monthly`: the monthly service review as an
analyst would build it in Python (PyYAML + csv + matplotlib + Jinja2 + WeasyPrint).
Not part of the product.

    python3 monthly.py CLIENT_DIR YYYY-MM OUT.pdf
"""
import csv
import datetime as dt
import io
import math
import re
import statistics
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import matplotlib
import yaml
from markupsafe import Markup

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import weasyprint  # noqa: E402

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# HaloPSA ticket report: column names, and dates as the en-GB export writes them.
HALO = {"id": "Ticket ID", "opened": "Date Opened", "responded": "Date Responded",
        "resolved": "Date Resolved", "priority": "Priority Description", "type": "Ticket Type"}
HALO_DATE = "%d/%m/%Y %H:%M:%S"
FONTS = Path(__file__).resolve().parents[3] / "report-templates" / "fonts"


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def month_add(m, n):
    i = m[0] * 12 + m[1] - 1 + n
    return (i // 12, i % 12 + 1)


def month_name(m, short=False):
    return dt.date(m[0], m[1], 1).strftime("%b %y" if short else "%B %Y")


def duration(text):
    """`30m`, `10h`, `2d` -> seconds."""
    n, unit = re.fullmatch(r"(\d+)([mhd])", str(text)).groups()
    return int(n) * {"m": 60, "h": 3600, "d": 86400}[unit]


class Calendar:
    """Opening hours by weekday, minus the holidays of an ICS file."""

    def __init__(self, spec, base):
        self.hours = {}
        for days, span in spec["hours"].items():
            a, _, b = days.partition("-")
            first, last = DAYS.index(a), DAYS.index(b or a)
            o, c = (dt.datetime.strptime(t, "%H:%M").time() for t in span.split("-"))
            for d in range(first, last + 1):
                self.hours[d] = (o, c)
        self.holidays = set()
        if spec.get("holidays_ics"):
            text = (base / spec["holidays_ics"]).read_text(encoding="utf-8")
            for day in re.findall(r"^DTSTART;VALUE=DATE:(\d{8})", text, re.M):
                self.holidays.add(dt.datetime.strptime(day, "%Y%m%d").date())

    def seconds(self, a, b):
        """Business seconds between two local times."""
        total, d = 0.0, a.date()
        while d <= b.date():
            h = self.hours.get(d.weekday())
            if h and d not in self.holidays:
                s = max(a, dt.datetime.combine(d, h[0]))
                e = min(b, dt.datetime.combine(d, h[1]))
                if e > s:
                    total += (e - s).total_seconds()
            d += dt.timedelta(days=1)
        return total


def read_tickets(client_dir, spec):
    src = client_dir / spec["files"]
    files = sorted(src.glob("*.csv")) if src.is_dir() else [src]
    prio = spec.get("priorities", {})
    parse = lambda v: dt.datetime.strptime(v, HALO_DATE) if v.strip() else None  # noqa: E731
    tickets = []
    for path in files:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                tickets.append({
                    "id": row[HALO["id"]],
                    "opened": parse(row[HALO["opened"]]),
                    "responded": parse(row[HALO["responded"]]),
                    "resolved": parse(row[HALO["resolved"]]),
                    "priority": prio.get(row[HALO["priority"]], row[HALO["priority"]]),
                    "type": row[HALO["type"]], "hold": 0.0,  # Halo's report has no hold time
                })
    return tickets


def ticket_month(tickets, m, slas, cal, tz):
    """SLA counts, breaches, volume and times of tickets in month m (local time)."""
    start = dt.datetime(*m, 1)
    end = dt.datetime(*month_add(m, 1), 1)
    epoch = lambda t: t.replace(tzinfo=tz).timestamp()  # noqa: E731
    opened = [t for t in tickets if start <= t["opened"] < end]
    resolved = [t for t in tickets if t["resolved"] and start <= t["resolved"] < end]
    out = {"opened": len(opened), "closed": len(resolved), "slas": {}, "breaches": [],
           "backlog": sum(1 for t in tickets if t["opened"] < end
                          and (t["resolved"] is None or t["resolved"] >= end)),
           "by_priority": {p: sum(1 for t in opened if t["priority"] == p)
                           for p in ("P1", "P2", "P3", "P4")}}
    for s in slas:
        c = {"met": 0, "breached": 0, "pending": 0}
        for t in (t for t in opened if t["priority"] == s["priority"]):
            stop = t["responded"] or t["resolved"] if s["clock"] == "response" else t["resolved"]
            secs = cal[s["calendar"]].seconds(t["opened"], stop or end)
            if s["clock"] == "resolution":
                secs = max(0.0, secs - t["hold"])
            outcome = "breached" if secs > s["target"] else "met" if stop else "pending"
            c[outcome] += 1
            if outcome != "met":
                out["breaches"].append({"sla": s["name"], "id": t["id"], "opened": t["opened"],
                                        "hours": secs / 3600, "over": (secs - s["target"]) / 3600,
                                        "open": stop is None})
        judged = c["met"] + c["breached"]
        c["pct"] = 100.0 * c["met"] / judged if judged else None
        out["slas"][s["id"]] = c
    kcal = cal["__tickets__"]
    times = {
        ("First response", "business"): [kcal.seconds(t["opened"], t["responded"]) / 3600
                                         for t in opened if t["responded"]],
        ("First response", "elapsed"): [(epoch(t["responded"]) - epoch(t["opened"])) / 3600
                                        for t in opened if t["responded"]],
        ("Resolution", "business"): [(kcal.seconds(t["opened"], t["resolved"]) - t["hold"]) / 3600
                                     for t in resolved],
        ("Resolution", "elapsed"): [(epoch(t["resolved"]) - epoch(t["opened"]) - t["hold"]) / 3600
                                    for t in resolved],
    }
    out["times"] = {k: stats(v) for k, v in times.items()}
    out["mttr"] = out["times"][("Resolution", "business")]["median"]
    return out


def stats(hours):
    if not hours:
        return {"count": 0, "mean": None, "median": None, "p90": None}
    hours = sorted(hours)
    return {"count": len(hours), "mean": statistics.fmean(hours),
            "median": statistics.median(hours),
            "p90": hours[max(1, -(-9 * len(hours) // 10)) - 1]}


def kpi_value(k, period, tix):
    src = k.get("from")
    if src is None:
        return (period or {}).get("kpis", {}).get(k["id"])
    if src == "tickets-resolution-median":
        return tix["mttr"] if tix else None
    scores = (period or {}).get("surveys", {}).get(src) or []
    if not scores:
        return None
    if src == "csat":
        return 100.0 * sum(s >= 4 for s in scores) / len(scores)
    if src == "nps":
        return 100.0 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
    raise ValueError(f"unknown KPI source {src}")


def status(v, target, warning, better):
    if v is None:
        return "nodata"
    meets = (lambda x, t: x >= t - 1e-9) if better == "higher" else (lambda x, t: x <= t + 1e-9)
    if meets(v, target):
        return "green"
    return "amber" if warning is not None and meets(v, warning) else "red"


def fmt(v, unit, decimals=1):
    if v is None:
        return "—"
    if unit == "attainment":  # rounded down: 94.99% of a 95% goal must not read 95.0%
        return f"{math.floor(v * 10) / 10:.1f}%"
    return {"percent": f"{v:.{decimals}f}%", "hours": f"{v:.{decimals}f} h"}.get(unit, f"{v:.{decimals}f}")


def svg(fig):
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return Markup(text[text.index("<svg"):])  # inline: drop the XML prolog and DOCTYPE


def style(ax, title, labels, colours, ncol=1):
    ax.set_title(title, fontsize=9, loc="left", color=colours["primary"])
    ax.set_xticks(range(len(labels)), labels, fontsize=5 if ncol == 1 else 6)
    ax.tick_params(axis="y", labelsize=6)
    ax.legend(fontsize=6, frameon=False, ncol=ncol)
    ax.spines[["top", "right"]].set_visible(False)


def line_chart(title, labels, values, target, unit, colours):
    fig, ax = plt.subplots(figsize=(2.5, 1.6))
    ax.plot([v if v is not None else float("nan") for v in values], marker="o", ms=3,
            color=colours["accent"], lw=1.6)
    ax.axhline(target, color="#B23A48", lw=1, ls="--", label=f"Target {fmt(target, unit, 0)}")
    if unit == "percent":
        ax.set_ylim(top=min(ax.get_ylim()[1], 101))
    style(ax, title, labels, colours)
    return svg(fig)


def volume_charts(labels, months, colours):
    xs = range(len(labels))
    fig, ax = plt.subplots(figsize=(7.2, 1.9))
    ax.bar([x - 0.2 for x in xs], [m["opened"] for m in months], 0.4, label="Opened",
           color=colours["primary"])
    ax.bar([x + 0.2 for x in xs], [m["closed"] for m in months], 0.4, label="Closed",
           color=colours["accent"])
    ax.plot(xs, [m["backlog"] for m in months], color="#E0A030", marker="o", ms=3, label="Backlog")
    style(ax, "Ticket volume", labels, colours, ncol=3)
    volume = svg(fig)
    fig, ax = plt.subplots(figsize=(7.2, 1.9))
    bottom = [0] * len(months)
    for p, c in zip(("P1", "P2", "P3", "P4"), ("#B23A48", "#E0A030", colours["accent"], "#9AA5B1")):
        vals = [m["by_priority"][p] for m in months]
        ax.bar(xs, vals, 0.6, bottom=bottom, label=p, color=c)
        bottom = [b + v for b, v in zip(bottom, vals)]
    style(ax, "Tickets opened by priority", labels, colours, ncol=4)
    return [volume, svg(fig)]


TEMPLATE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
{% for w, f in fonts %}@font-face { font-family: Inter; font-weight: {{ w }}; src: url("{{ f }}"); }
{% endfor %}
@page { size: A4; margin: 20mm 16mm 18mm;
  @top-left { content: "{{ provider.name|css }}"; font-size: 8pt; color: #666; }
  @top-right { content: "{{ client.client.name|css }} · {{ period_name }}"; font-size: 8pt; color: #666; }
  @bottom-left { content: "Monthly service review · {{ last_day }}"; font-size: 8pt; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; } }
@page :first { @top-left { content: none } @top-right { content: none } }
html { font-family: Inter, "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #222; }
.num td + td { white-space: nowrap; }
h1 { color: {{ c.primary }}; font-size: 26pt; margin: 0 0 4mm; }
h2 { color: {{ c.primary }}; font-size: 15pt; border-bottom: 1.5pt solid {{ c.primary }}; margin-top: 6mm; }
h3 { color: {{ c.primary }}; font-size: 11pt; }
section { break-before: page; }
.cover { padding-top: 60mm; } .cover img { width: 70mm; }
.cover .sub { font-size: 14pt; color: {{ c.accent }}; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
th { text-align: left; font-size: 7.5pt; color: #555; border-bottom: 1pt solid #999; padding: 1.5mm; }
td { border-bottom: 0.5pt solid #ddd; padding: 1.5mm; vertical-align: top; }
.pill { border-radius: 3mm; padding: 0.5mm 2mm; font-size: 7.5pt; color: white; white-space: nowrap; }
.green { background: #2E7D4F; } .amber { background: #C98A10; } .red { background: #B23A48; }
.nodata { background: #999; }
.cards { display: flex; gap: 3mm; } .card { flex: 1; border: 0.75pt solid #ccc; border-radius: 2mm; padding: 2.5mm; }
.card b { font-size: 16pt; display: block; } .small { font-size: 7.5pt; color: #666; }
.charts { display: flex; flex-wrap: wrap; gap: 3mm; } .chart { width: 32%; } .wide { width: 100%; }
.chart svg { width: 100%; height: auto; }
</style></head><body>
<div class="cover"><img src="{{ logo }}"><h1>Monthly service review</h1>
<p class="sub">{{ client.client.name }} · {{ period_name }}</p>
<p>Contract {{ client.contract.id }} · Service delivery manager: {{ client.client.sdm }}</p>
<p class="small">{{ provider.contact }}</p></div>

<section><h2>At a glance</h2>
<div class="cards">{% for s in slas %}<div class="card">{{ s.name }}<b>{{ fmt(s.now.pct, "attainment") }}</b>
<span class="small">Goal {{ "%g"|format(s.goal) }}% · met in {{ s.met_months }} of the last 12 months</span></div>{% endfor %}</div>
<div class="cards" style="margin-top:3mm">
<div class="card">KPIs on target<b>{{ kpis_green }} / {{ kpis|length }}</b></div>
<div class="card">Tickets opened<b>{{ now.opened }}</b><span class="small">{{ now.closed }} closed · {{ now.backlog }} open</span></div>
<div class="card">Notice deadline<b>{{ notice.strftime("%-d %B %Y") }}</b><span class="small">{{ client.contract.notice_days }} days before the contract ends</span></div></div>
<h3>Critical success factors</h3>
<table><tr><th>Critical success factor</th><th>Measured by</th><th>Status</th></tr>
{% for f in csfs %}<tr><td><b>{{ f.name }}</b><br><span class="small">{{ f.description or "" }}</span></td>
<td>{% for m in f.measures %}{{ m.name }} <span class="pill {{ m.status }}">{{ m.text }}</span> {% endfor %}</td>
<td><span class="pill {{ f.status }}">{{ "On target" if f.status == "green" else "Off target" }}</span></td></tr>{% endfor %}</table>
<h3>Executive summary</h3><ul>{% for line in summary %}<li>{{ line }}</li>{% endfor %}</ul>
<h2>Notes from your service delivery manager</h2>
{% for para in notes %}<p>{{ para }}</p>{% else %}<p>No notes this month.</p>{% endfor %}</section>

<section><h2>Service level agreements</h2>
<table class="num"><tr><th>SLA</th><th>Goal</th><th>Value</th><th>Margin</th><th>Last month</th><th>Year ago</th><th>Result</th></tr>
{% for s in slas %}<tr><td><b>{{ s.name }}</b><br><span class="small">{{ s.priority }} {{ s.clock }} within {{ s.within }}, {{ s.calendar }} ·
{{ s.now.met }} met · {{ s.now.breached }} breached · {{ s.now.pending }} pending</span></td>
<td>{{ "%g"|format(s.goal) }}%</td><td>{{ fmt(s.now.pct, "attainment") }}</td><td>{{ "%+.1f pts"|format(floor1(s.now.pct) - s.goal) if s.now.pct is not none else "—" }}</td>
<td>{{ fmt(s.prev.pct, "attainment") }}</td><td>{{ fmt(s.year_ago.pct, "attainment") }}</td>
<td><span class="pill {{ s.status }}">{{ "Met" if s.status == "green" else "Missed" }}</span></td></tr>{% endfor %}</table>
<div class="charts">{% for ch in sla_charts %}<div class="chart">{{ ch }}</div>{% endfor %}</div>
<h3>Breached and pending tickets (worst {{ breaches|length }} of {{ now.breaches|length }})</h3>
<table><tr><th>SLA</th><th>Ticket</th><th>Opened</th><th>On the clock</th><th>Over</th></tr>
{% for b in breaches %}<tr><td>{{ b.sla }}</td><td>{{ b.id }}</td><td>{{ b.opened.strftime("%d %b %H:%M") }}</td>
<td>{{ "%.1f h"|format(b.hours) }}</td><td>{{ "pending" if b.over <= 0 else "+%.1f h"|format(b.over) }}</td></tr>{% endfor %}</table></section>

<section><h2>Key performance indicators</h2>
{% for f in csfs %}<h3>{{ f.name }}</h3>
<table><tr><th style="width:40%">KPI</th><th>Target</th><th>Value</th><th>Last month</th><th>Year ago</th><th>Status</th></tr>
{% for k in f.kpis %}<tr><td>{{ k.name }}</td><td>{{ "≥" if k.better == "higher" else "≤" }} {{ fmt(k.target, k.unit, k.decimals) }}</td>
<td><b>{{ fmt(k.now, k.unit, k.decimals) }}</b></td><td>{{ fmt(k.prev, k.unit, k.decimals) }}</td><td>{{ fmt(k.year_ago, k.unit, k.decimals) }}</td>
<td><span class="pill {{ k.status }}">{{ k.status }}</span></td></tr>{% endfor %}</table>{% endfor %}
<div class="charts">{% for ch in kpi_charts %}<div class="chart">{{ ch }}</div>{% endfor %}</div></section>

<section><h2>Tickets</h2>
<div class="charts">{% for ch in volume_charts %}<div class="chart wide">{{ ch }}</div>{% endfor %}</div>
<table><tr><th>Measure</th><th>Basis</th><th>Tickets</th><th>Mean</th><th>Median</th><th>90th percentile</th></tr>
{% for (m, basis), t in now.times.items() %}<tr><td>{{ m }}</td><td>{{ basis }}</td><td>{{ t.count }}</td>
<td>{{ fmt(t.mean, "hours") }}</td><td>{{ fmt(t.median, "hours") }}</td><td>{{ fmt(t.p90, "hours") }}</td></tr>{% endfor %}</table>
<h2>Improvement actions</h2>
<table><tr><th>ID</th><th>Action</th><th>Owner</th><th>Opened</th><th>Due</th><th>Status</th></tr>
{% for a in actions %}<tr><td>{{ a.id }}</td><td>{{ a.title }}</td><td>{{ a.owner }}</td><td>{{ a.opened }}</td>
<td>{{ a.due }}</td><td>{{ a.status }}</td></tr>{% else %}<tr><td colspan="6">No open actions.</td></tr>{% endfor %}</table>
</section></body></html>"""


def main(client_dir, period, out):
    client_dir = Path(client_dir)
    client = load(client_dir / "client.yaml")
    workspace = client_dir.parent.parent
    provider = load(workspace / "provider.yaml")
    m_now = tuple(int(x) for x in period.split("-"))
    window = [month_add(m_now, i) for i in range(-12, 1)]  # year-ago month + 12-month trend
    files = {m: client_dir / "periods" / f"{m[0]:04d}-{m[1]:02d}.yaml" for m in window}
    periods = {m: load(p) if p.exists() else None for m, p in files.items()}
    tz = ZoneInfo(client["client"]["timezone"])
    cal = {name: Calendar(spec, client_dir) for name, spec in client.get("calendars", {}).items()}
    cal["__tickets__"] = cal[client["tickets"]["calendar"]]
    slas = [dict(s, target=duration(s["within"]), goal=float(str(s["goal"]).rstrip("%")))
            for s in client["slas"]]
    tickets = read_tickets(client_dir, client["tickets"])
    tix = {m: ticket_month(tickets, m, slas, cal, tz) for m in window}
    now, prev, year_ago = tix[m_now], tix[window[-2]], tix[window[0]]
    trend, labels = window[1:], [month_name(m, True).replace(' ', '\n') for m in window[1:]]
    colours = provider["colours"]

    for s in slas:
        s["now"], s["prev"], s["year_ago"] = (t["slas"][s["id"]] for t in (now, prev, year_ago))
        s["status"] = status(s["now"]["pct"], s["goal"], None, "higher")
        s["met_months"] = sum(1 for m in trend if (tix[m]["slas"][s["id"]]["pct"] or 0) >= s["goal"])
    kpis = {}
    for k in client["kpis"]:
        vals = {m: kpi_value(k, periods[m], tix[m]) for m in window}
        kpis[k["id"]] = dict(k, now=vals[m_now], prev=vals[window[-2]], year_ago=vals[window[0]],
                             series=[vals[m] for m in trend], decimals=k.get("decimals", 1),
                             status=status(vals[m_now], k["target"], k.get("warning"), k["better"]))
    csfs = []
    for f in client["csfs"]:
        fk = [kpis[i] for i in f.get("kpis", [])]
        fs = [s for s in slas if s["id"] in f.get("slas", [])]
        measures = ([{"name": k["name"], "status": k["status"],
                      "text": fmt(k["now"], k["unit"], k["decimals"])} for k in fk]
                    + [{"name": s["name"], "status": s["status"],
                        "text": fmt(s["now"]["pct"], "attainment")} for s in fs])
        worst = max((x["status"] for x in measures), key=["green", "nodata", "amber", "red"].index,
                    default="nodata")
        csfs.append(dict(f, kpis=fk, measures=measures, status=worst))

    kpi_charts = [line_chart(k["name"], labels, k["series"], k["target"], k["unit"], colours)
                  for k in kpis.values()]
    sla_charts = [line_chart(f"{s['name']} attainment", labels,
                             [tix[m]["slas"][s["id"]]["pct"] for m in trend], s["goal"], "percent",
                             colours) for s in slas]
    charts = volume_charts(labels, [tix[m] for m in trend], colours)

    green = sum(k["status"] == "green" for k in kpis.values())
    summary = [f"Critical success factors on target: {sum(f['status'] == 'green' for f in csfs)} "
               f"of {len(csfs)}.",
               f"{sum(s['status'] == 'green' for s in slas)} of {len(slas)} SLAs were met; missed: "
               + (", ".join(s["name"] for s in slas if s["status"] != "green") or "none") + "."]
    for k in kpis.values():
        if k["now"] is not None and k["prev"] is not None and abs(k["now"] - k["prev"]) >= 1:
            better = (k["now"] > k["prev"]) == (k["better"] == "higher")
            was, now_ = (fmt(k[x], k["unit"], k["decimals"]) for x in ("prev", "now"))
            summary.append(f"{k['name']} {'improved' if better else 'worsened'} from {was} to {now_}.")
    current = periods[m_now] or {}
    actions = [a for a in current.get("actions", []) if a["status"] not in ("done", "cancelled")]
    summary.append(f"Improvement actions: {len(actions)} open, "
                   f"{sum(str(a['opened'])[:7] == period for a in actions)} new this month.")
    contract_end = client["contract"]["end"]
    fonts = [(w, (FONTS / f"Inter-{n}.otf").as_uri()) for w, n in
             ((400, "Regular"), (600, "SemiBold"), (700, "Bold")) if (FONTS / f"Inter-{n}.otf").exists()]
    env = jinja2.Environment(autoescape=True)
    env.globals.update(fmt=fmt, floor1=lambda v: math.floor(v * 10) / 10)
    env.filters["css"] = lambda v: Markup(str(v).replace("\\", "\\\\").replace('"', '\\"'))
    html = env.from_string(TEMPLATE).render(
        client=client, provider=provider, c=colours, fonts=fonts, period_name=month_name(m_now),
        last_day=(dt.date(*month_add(m_now, 1), 1) - dt.timedelta(days=1)).strftime("%-d %B %Y"),
        logo=(workspace / provider["logo"]).resolve().as_uri(), slas=slas, now=now,
        kpis=list(kpis.values()), kpis_green=green, csfs=csfs, summary=summary,
        notes=[p for p in (current.get("notes") or "").split("\n\n") if p.strip()],
        notice=contract_end - dt.timedelta(days=client["contract"]["notice_days"]),
        breaches=sorted(now["breaches"], key=lambda b: -b["over"])[:8], actions=actions,
        kpi_charts=kpi_charts, sla_charts=sla_charts, volume_charts=charts)
    weasyprint.HTML(string=html, base_url=str(client_dir)).write_pdf(out)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: monthly.py CLIENT_DIR YYYY-MM OUT.pdf")
    main(*sys.argv[1:])
