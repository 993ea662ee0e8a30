//! Benchmark: ticket exports through import and evaluation, by size and by history.
//!
//!     cargo bench --bench tickets                       # both tables
//!     SIZES=1000000 MONTHS= cargo bench --bench tickets  # one million tickets only
//!
//! `TICKETS_DIR=/tmp/big TICKETS_CASE="1000000 24" target/release/deps/tickets-…` runs one
//! case in that directory and keeps its export for the next run (for a profiler).
//!
//! Each case writes a generic-profile export (a temporary file, not timed), then times
//! loading it and evaluating the 13 months a monthly review of October 2026 reads, in a
//! process of its own so that its peak resident memory (VmHWM) is its own:
//! - by size: 10 k to 4 M tickets spread over the 24 months to October 2026;
//! - by history: 40,000 tickets a month over 12 to 60 months (rows before the review's
//!   window are read and dropped: time follows the file, memory the window).
//!
//! The client has three SLAs, two of them on a business calendar with a lunch break, as
//! in a real contract; dates are ISO local times in Europe/London.

use std::io::Write;
use std::path::Path;
use std::process::Command;
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

const CLIENT: &str = "client: { name: Big Co, timezone: Europe/London }
contract: { id: B-1, start: 2020-01-01, end: 2027-12-31, devices_covered: 20000 }
calendars:
  office: { timezone: Europe/London, hours: { mon-fri: \"08:00-12:00, 13:00-17:30\" }, holidays: [2025-12-25, 2026-12-25] }
kpis:
  - { id: mttr, name: Median resolution, unit: hours, better: lower, target: 8, from: tickets-resolution-median }
slas:
  - { id: p1, name: P1 response, priority: P1, clock: response, within: 15m, goal: 95% }
  - { id: p2, name: P2 resolution, priority: P2, clock: resolution, within: 8h, calendar: office, goal: 90% }
  - { id: p3, name: P3 resolution, priority: P3, clock: resolution, within: 24h, calendar: office, goal: 90% }
tickets: { files: tickets.csv, calendar: office }
";

/// Writes `n` tickets opened evenly over the `months` months ending October 2026.
fn write_export(path: &Path, n: i64, months: u32) {
    let file = std::fs::File::create(path).unwrap();
    let mut w = std::io::BufWriter::new(&file);
    writeln!(
        w,
        "id,opened,responded,resolved,priority,type,on_hold_minutes"
    )
    .unwrap();
    let end = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let start = end - chrono::Months::new(months);
    let start = start.and_hms_opt(0, 0, 0).unwrap();
    let span = (end.and_hms_opt(0, 0, 0).unwrap() - start).num_seconds();
    let mut seed = 42u64;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let f = "%Y-%m-%d %H:%M:%S";
    for i in 0..n {
        let opened = start + chrono::Duration::seconds(i * span / n);
        let to_response = (rnd() % 60) as i64;
        let to_resolution = to_response + (rnd() % 4000) as i64;
        let resp = opened + chrono::Duration::minutes(to_response);
        let res = opened + chrono::Duration::minutes(to_resolution);
        let p = ["P1", "P2", "P3", "P3"][(rnd() % 4) as usize];
        // Never on hold for longer than the ticket was open (a bad row otherwise), with
        // an hour to spare for the night the clocks go back.
        let hold = ((rnd() % 3) as i64 * 30).min((to_resolution - 60).max(0));
        writeln!(
            w,
            "T{i},{},{},{},{p},Incident,{hold}",
            opened.format(f),
            resp.format(f),
            res.format(f),
        )
        .unwrap();
    }
    // On disk before the timing starts: the kernel writing it back meanwhile would be
    // timed too.
    w.flush().unwrap();
    drop(w);
    file.sync_all().unwrap();
}

/// One case, in this process: prints `rows seconds peak_mib opened_in_october`.
fn one(n: i64, months: u32) {
    let dir = tempfile::tempdir().unwrap();
    // TICKETS_DIR keeps the client (and its export, written once) for a profiler.
    let client = std::env::var_os("TICKETS_DIR")
        .map_or_else(|| dir.path().join("clients/big"), std::path::PathBuf::from);
    std::fs::create_dir_all(client.join("periods")).unwrap();
    std::fs::write(client.join("client.yaml"), CLIENT).unwrap();
    std::fs::write(client.join("periods/2026-10.yaml"), "notes: bench\n").unwrap();
    if std::env::var_os("TICKETS_DIR").is_none() || !client.join("tickets.csv").exists() {
        write_export(&client.join("tickets.csv"), n, months);
    }
    let cfg = svcreview::commands::RenderConfig::default();
    let month = Month::parse("2026-10").unwrap();
    let t = Instant::now();
    let (loaded, review) = svcreview::commands::review::evaluate_period(
        &client,
        &svcreview::period::PeriodSpec::Month(month),
        &cfg,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let elapsed = t.elapsed().as_secs_f64();
    println!(
        "{} {elapsed} {} {}",
        loaded.tickets.as_ref().unwrap().rows,
        peak_rss_mib(),
        review.tickets.as_ref().unwrap().opened
    );
}

/// Runs one case in a child process and returns (rows, seconds, peak MiB).
fn case(n: i64, months: u32) -> (u64, f64, f64) {
    let out = Command::new(std::env::current_exe().unwrap())
        .env("TICKETS_CASE", format!("{n} {months}"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let f: Vec<&str> = text.split_whitespace().collect();
    (
        f[0].parse().unwrap(),
        f[1].parse().unwrap(),
        f[2].parse().unwrap(),
    )
}

fn list(var: &str, default: &str) -> Vec<i64> {
    std::env::var(var)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn main() {
    if let Ok(c) = std::env::var("TICKETS_CASE") {
        let (n, m) = c.split_once(' ').unwrap();
        one(n.parse().unwrap(), m.parse().unwrap());
        return;
    }
    let sizes = list("SIZES", "10000,100000,1000000,4000000");
    if !sizes.is_empty() {
        println!("Tickets over 24 months, import and evaluation of a monthly review:\n");
        println!("| tickets | time | per ticket | peak memory |");
        println!("|---:|---:|---:|---:|");
        for n in sizes {
            let (rows, secs, mib) = case(n, 24);
            println!(
                "| {rows} | {secs:.3} s | {:.2} µs | {mib:.0} MiB |",
                secs * 1e6 / rows as f64
            );
        }
    }
    let months = list("MONTHS", "12,24,60");
    if !months.is_empty() {
        println!("\n40,000 tickets a month, by months of history in the export:\n");
        println!("| months | tickets | time | peak memory |");
        println!("|---:|---:|---:|---:|");
        for m in months {
            let (rows, secs, mib) = case(40_000 * m, m as u32);
            println!("| {m} | {rows} | {secs:.3} s | {mib:.0} MiB |");
        }
    }
}
