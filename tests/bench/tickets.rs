//! Benchmark: one million tickets through import and evaluation.
//!
//!     cargo bench --bench tickets
//!
//! Writes a generic-profile export of 1,000,000 tickets over 24 months (a temporary
//! file), then times loading it and evaluating the 13 months a monthly review reads,
//! and reports the peak resident memory of the process (VmHWM).

use std::io::Write;
use std::time::Instant;

use svcreview::model::Month;

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_string)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let client = dir.path().join("clients/big");
    std::fs::create_dir_all(client.join("periods")).unwrap();
    std::fs::write(
        client.join("client.yaml"),
        "client: { name: Big Co, timezone: Europe/London }
contract: { id: B-1, start: 2024-01-01, end: 2027-12-31, devices_covered: 20000 }
calendars:
  office: { timezone: Europe/London, hours: { mon-fri: \"08:00-12:00, 13:00-17:30\" }, holidays: [2025-12-25, 2026-12-25] }
kpis:
  - { id: mttr, name: Median resolution, unit: hours, better: lower, target: 8, from: tickets-resolution-median }
slas:
  - { id: p1, name: P1 response, priority: P1, clock: response, within: 15m, goal: 95% }
  - { id: p2, name: P2 resolution, priority: P2, clock: resolution, within: 8h, calendar: office, goal: 90% }
  - { id: p3, name: P3 resolution, priority: P3, clock: resolution, within: 24h, calendar: office, goal: 90% }
tickets: { files: tickets.csv, calendar: office }
",
    )
    .unwrap();
    std::fs::write(client.join("periods/2026-10.yaml"), "notes: bench\n").unwrap();

    // 1,000,000 tickets spread evenly over November 2024 – October 2026 (24 months).
    let t = Instant::now();
    let mut w = std::io::BufWriter::new(std::fs::File::create(client.join("tickets.csv")).unwrap());
    writeln!(
        w,
        "id,opened,responded,resolved,priority,type,on_hold_minutes"
    )
    .unwrap();
    let start = chrono::NaiveDate::from_ymd_opt(2024, 11, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let span = 730 * 24 * 3600i64;
    let n = 1_000_000i64;
    let mut seed = 42u64;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..n {
        let opened = start + chrono::Duration::seconds(i * span / n);
        let resp = opened + chrono::Duration::minutes((rnd() % 60) as i64);
        let res = resp + chrono::Duration::minutes((rnd() % 4000) as i64);
        let p = ["P1", "P2", "P3", "P3"][(rnd() % 4) as usize];
        let f = "%Y-%m-%d %H:%M:%S";
        writeln!(
            w,
            "T{i},{},{},{},{p},Incident,{}",
            opened.format(f),
            resp.format(f),
            res.format(f),
            rnd() % 3 * 30
        )
        .unwrap();
    }
    drop(w);
    println!(
        "wrote 1,000,000 tickets in {:.1} s (not part of the measurement)",
        t.elapsed().as_secs_f64()
    );

    let cfg = svcreview::pipeline::RenderConfig::default();
    let month = Month::parse("2026-10").unwrap();
    let t = Instant::now();
    let (loaded, review) =
        svcreview::pipeline::evaluate_month(&client, month, &cfg).unwrap_or_else(|e| panic!("{e}"));
    let elapsed = t.elapsed();
    let tickets = loaded.tickets.as_ref().unwrap();
    println!(
        "import + evaluation of {} rows (13 months evaluated): {:.2} s; peak memory {:.0} MiB",
        tickets.rows,
        elapsed.as_secs_f64(),
        peak_rss_mib()
    );
    println!(
        "  (October 2026: {} tickets opened)",
        review.tickets.as_ref().unwrap().opened
    );
}
