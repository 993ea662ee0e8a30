use super::*;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

/// The sample workspace copied to a temporary directory, plus one broken client.
fn workspace() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let status = Command::new("cp")
        .arg("-r")
        .arg(sample().join("."))
        .arg(t.path())
        .status()
        .unwrap();
    assert!(status.success());
    // The batch mechanics are tested on the three large clients (the portfolio
    // test runs a batch over all eight).
    for small in SMALL_CLIENTS {
        std::fs::remove_dir_all(t.path().join("clients").join(small)).unwrap();
    }
    let bad = t.path().join("clients/broken-co");
    std::fs::create_dir_all(bad.join("periods")).unwrap();
    std::fs::write(
        bad.join("client.yaml"),
        CLIENT.replace("    target: 75", "    tagret: 75"),
    )
    .unwrap();
    std::fs::write(bad.join("periods/2026-10.yaml"), PERIOD).unwrap();
    t
}

fn batch(ws: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "batch",
        ws.to_str().unwrap(),
        "--kind",
        "monthly",
        "--period",
        "2026-10",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    svcreview(&args)
}

/// The German client's e-mail is German, addressed by full name; a contact who
/// reads English gets the same review in English, in a message of their own, with
/// the same (German) PDF attached.
#[test]
fn a_contact_gets_the_email_in_their_language() {
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("clients/broken-co")).unwrap();
    let yaml = ws.path().join("clients/kessler-precision/client.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let text = text.replace(
        "  - { name: Stefan Brandt, email: s.brandt@kessler-precision.example }",
        "  - { name: Stefan Brandt, email: s.brandt@kessler-precision.example }\n  - { name: Ann Hughes, email: a.hughes@kessler-precision.example, locale: en-GB }",
    );
    assert!(text.contains("Ann Hughes"));
    std::fs::write(&yaml, text).unwrap();
    let out = ws.path().join("out");
    let o = batch(ws.path(), &out, &["--email"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = out.join("kessler-precision");
    let parse = |name: &str| {
        let eml = std::fs::read(dir.join(name)).unwrap();
        mail_parser::MessageParser::default()
            .parse(&eml)
            .unwrap()
            .into_owned()
    };
    let de = parse("2026-10-monthly.eml");
    let en = parse("2026-10-monthly.en-GB.eml");
    let de_body = de.body_text(0).unwrap().into_owned();
    let en_body = en.body_text(0).unwrap().into_owned();
    assert!(de_body.starts_with("Guten Tag Stefan Brandt,"), "{de_body}");
    assert!(
        de_body.contains("ERP-Verfügbarkeit: 99,95\u{a0}% bei einem Sollwert von 99,9\u{a0}%"),
        "{de_body}"
    );
    assert!(!de_body.contains("Ann"), "{de_body}");
    assert!(en_body.starts_with("Dear Ann,"), "{en_body}");
    // The same figure in English: 99.95% against 99.9%, and the summary in English.
    assert!(
        en_body.contains("ERP-Verfügbarkeit: 99.95% against 99.9%"),
        "{en_body}"
    );
    assert!(en_body.contains("All 3 SLAs were met."), "{en_body}");
    assert_eq!(
        en.subject(),
        Some("Kessler Precision Manufacturing GmbH · Monthly service review · October 2026")
    );
    let pdf = std::fs::read(dir.join("2026-10-monthly.pdf")).unwrap();
    for m in [&de, &en] {
        assert!(m.attachments().next().unwrap().contents() == pdf.as_slice());
    }
    // An unknown contact locale is a validate error at its field.
    let text = std::fs::read_to_string(&yaml)
        .unwrap()
        .replace("locale: en-GB }", "locale: xx }");
    std::fs::write(&yaml, text).unwrap();
    let o = svcreview(&["validate", ws.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("contacts[1].locale"), "{}", stderr(&o));
}

#[test]
fn contact_names_with_commas_and_brackets_are_quoted_in_the_email() {
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("clients/broken-co")).unwrap();
    let yaml = ws.path().join("clients/kessler-precision/client.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert!(text.contains("name: Stefan Brandt,"));
    std::fs::write(
        &yaml,
        text.replacen("Stefan Brandt", "\"Delgado, Maria (CIO)\"", 1),
    )
    .unwrap();
    let out = ws.path().join("out");
    let o = batch(ws.path(), &out, &["--email"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let eml = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| {
            e.path().to_string_lossy().contains("kessler")
                && e.path().extension().is_some_and(|x| x == "eml")
        })
        .unwrap();
    let raw = std::fs::read(eml.path()).unwrap();
    let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
    let to = msg.to().and_then(|a| a.first()).unwrap();
    assert_eq!(to.name(), Some("Delgado, Maria (CIO)"));
    assert_eq!(to.address(), Some("s.brandt@kessler-precision.example"));
}

#[test]
fn a_bad_name_pattern_fails_before_any_render() {
    let ws = workspace();
    let out = ws.path().join("out");
    let o = batch(
        ws.path(),
        &out,
        &["--name", "{{client.slgu}}/{{period}}.pdf"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Variable `client.slgu` not found in context; the variables are `client.slug`, `client.name`, `period`, `kind`"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("Error {"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing rendered");
    // --jobs beyond reason is a usage error too.
    let o = batch(ws.path(), &out, &["--jobs", "10000"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[cfg(target_os = "linux")]
#[test]
fn a_killed_batch_leaves_no_stale_manifest_and_no_workers() {
    let ws = workspace();
    let out = ws.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("manifest.json"), "{\"from\": \"a previous run\"}").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .args([
            "batch",
            ws.path().to_str().unwrap(),
            "--kind",
            "monthly",
            "--period",
            "2026-10",
            "-o",
            out.to_str().unwrap(),
            "--jobs",
            "2",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    if child.try_wait().unwrap().is_some() {
        return; // finished before it could be killed: nothing to see
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(
        !out.join("manifest.json").exists(),
        "the previous run's manifest survived"
    );
    // Workers notice within their 200 ms poll.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    // The processes, from /proc (no `ps` needed on a bare CI image).
    let ps: String = std::fs::read_dir("/proc")
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
                .map(|c| String::from_utf8_lossy(&c).replace('\0', " ") + "\n")
                .collect()
        })
        .unwrap_or_default();
    let ws_path = ws.path().to_string_lossy().into_owned();
    assert!(
        !ps.lines()
            .any(|l| l.contains("batch-worker") && l.contains(&ws_path)),
        "orphan workers:\n{ps}"
    );
}

#[test]
fn a_snapshot_that_cannot_be_written_leaves_no_pdf() {
    let ws = workspace();
    let client = ws.path().join("clients/kessler-precision");
    std::fs::remove_dir_all(client.join("history")).ok();
    std::fs::write(
        client.join("history"),
        "a file where the directory should be",
    )
    .unwrap();
    let out = ws.path().join("single");
    let o = svcreview(&[
        "monthly",
        client.to_str().unwrap(),
        "--period",
        "2026-10",
        "-o",
        out.to_str().unwrap(),
        "--publish",
    ]);
    assert_ne!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        !out.exists() || std::fs::read_dir(&out).unwrap().next().is_none(),
        "a PDF was left behind without its snapshot"
    );
}

#[test]
fn one_bad_client_fails_alone() {
    let ws = workspace();
    let out = ws.path().join("out");
    let o = batch(ws.path(), &out, &["--jobs", "2"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("3 ok, 1 failed"), "{stdout}");
    assert!(
        stdout.contains("broken-co") && stdout.contains("tagret"),
        "{stdout}"
    );
    for (slug, summary) in [
        ("riverside-health", "Executive summary"),
        ("harlow-fenwick", "Executive summary"),
        ("kessler-precision", "Management Summary"),
    ] {
        assert!(pdf_text(&out.join(slug).join("2026-10-monthly.pdf")).contains(summary));
    }
    assert!(
        !out.join("broken-co").exists(),
        "nothing written for the failed client"
    );
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m["failed"], 1);
    let harlow = m["clients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client"] == "harlow-fenwick")
        .unwrap();
    assert_eq!(harlow["slas_missed"], serde_json::json!(["p3-resolution"]));
    // What a client's review warns of is said, though its worker rendered it: Riverside's
    // typed MTTR (6.4 hr) against its tickets' 32.4 hr, on stderr and in the manifest,
    // once (the two worker slots print nothing of their own).
    let warning = "riverside-health/periods/2026-10.yaml:7:3: `kpis.mttr`: Mean time to resolve is \
                   typed as 6.4 hr for 2026-10, the ticket exports measure 32.4 hr";
    assert_eq!(stderr(&o).matches(warning).count(), 1, "{}", stderr(&o));
    let riverside = m["clients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client"] == "riverside-health")
        .unwrap();
    assert_eq!(riverside["warnings"].as_array().unwrap().len(), 1);
    assert!(riverside["warnings"][0].as_str().unwrap().contains(warning));
    assert!(harlow.get("warnings").is_none());
}

/// A worker that dies (here: aborts when handed one client) fails that client only;
/// with one worker slot, the clients after it still render, in a new worker.
/// Workers replaced after every client (`--worker-clients 1`) give the same PDFs.
#[test]
fn a_dying_worker_fails_its_client_only() {
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("clients/broken-co")).unwrap();
    let out = ws.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .args(["batch", ws.path().to_str().unwrap(), "--kind", "monthly"])
        .args([
            "--period",
            "2026-10",
            "-o",
            out.to_str().unwrap(),
            "--jobs",
            "1",
        ])
        // Clients go in name order: harlow, kessler, riverside.
        .env(
            svcreview::commands::batch::worker::ABORT_ON,
            "harlow-fenwick",
        )
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let status = |slug: &str| {
        m["clients"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["client"] == slug)
            .unwrap()
            .clone()
    };
    let harlow = status("harlow-fenwick");
    assert_eq!(harlow["status"], "failed");
    let error = harlow["error"].as_str().unwrap();
    assert!(
        error.contains("worker rendering this client stopped") && error.contains("SIGABRT"),
        "{error}"
    );
    assert_eq!(status("kessler-precision")["status"], "ok");
    assert_eq!(status("riverside-health")["status"], "ok");
    assert!(!out.join("harlow-fenwick").exists());
    let first = std::fs::read(out.join("riverside-health/2026-10-monthly.pdf")).unwrap();

    let again = ws.path().join("again");
    let o = batch(ws.path(), &again, &["--jobs", "1", "--worker-clients", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let second = std::fs::read(again.join("riverside-health/2026-10-monthly.pdf")).unwrap();
    assert!(
        first == second,
        "a fresh worker renders the same bytes as a warm one"
    );
}

/// A client directory whose name is not UTF-8 (a Latin-1 `é`) renders in a worker
/// like any other: the worker is handed the path's bytes.
#[cfg(unix)]
#[test]
fn a_client_directory_named_in_latin_1_renders() {
    use std::os::unix::ffi::OsStrExt;
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("clients/broken-co")).unwrap();
    let latin1 = std::ffi::OsStr::from_bytes(b"kessler-pr\xe9cision");
    std::fs::rename(
        ws.path().join("clients/kessler-precision"),
        ws.path().join("clients").join(latin1),
    )
    .unwrap();
    let out = ws.path().join("out");
    let o = batch(ws.path(), &out, &["--jobs", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("3 ok, 0 failed"));
}

#[test]
fn the_gate_fails_after_writing_everything() {
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("clients/broken-co")).unwrap();
    let out = ws.path().join("out");
    // Harlow missed P3 resolution in October: --fail-on breach exits 5, outputs written.
    let o = batch(ws.path(), &out, &["--fail-on", "breach"]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(out.join("harlow-fenwick/2026-10-monthly.pdf").is_file());
    let o = batch(
        ws.path(),
        &out,
        &[
            "--fail-on",
            "never",
            "--name",
            "{{kind}}/{{client.slug}}.pdf",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.join("monthly/kessler-precision.pdf").is_file());
    let o = batch(ws.path(), &out, &["--name", "../escape.pdf"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(!ws.path().join("escape.pdf").exists());
}

#[test]
fn shards_cover_every_client_once() {
    let ws = workspace();
    let mut seen: Vec<String> = Vec::new();
    for k in 1..=3 {
        let out = ws.path().join(format!("out{k}"));
        let _ = batch(ws.path(), &out, &["--shard", &format!("{k}/3")]);
        let m: serde_json::Value = serde_json::from_slice(
            &std::fs::read(out.join(format!("manifest-{k}-of-3.json"))).unwrap(),
        )
        .unwrap();
        seen.extend(
            m["clients"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["client"].as_str().unwrap().to_string()),
        );
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            "broken-co",
            "harlow-fenwick",
            "kessler-precision",
            "riverside-health"
        ]
    );
}

/// A minimal SMTP server on 127.0.0.1: accepts every message and hands back what
/// arrived (envelope recipients and data).
/// Envelope recipients and data of one message.
type Received = (Vec<String>, Vec<u8>);

fn smtp_server() -> (u16, std::thread::JoinHandle<Vec<Received>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        listener.set_nonblocking(false).unwrap();
        let mut received = Vec::new();
        // Expect up to 3 connections (one per client with contacts); stop when idle.
        for stream in listener.incoming().take(3) {
            let mut stream = stream.unwrap();
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(20)))
                .unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            writeln!(stream, "220 localhost test SMTP\r").unwrap();
            let mut rcpt = Vec::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let cmd = line.trim_end().to_ascii_uppercase();
                if cmd.starts_with("EHLO") || cmd.starts_with("HELO") {
                    write!(stream, "250-localhost\r\n250 8BITMIME\r\n").unwrap();
                } else if cmd.starts_with("MAIL FROM") {
                    write!(stream, "250 ok\r\n").unwrap();
                } else if cmd.starts_with("RCPT TO") {
                    rcpt.push(line.trim_end()[8..].to_string());
                    write!(stream, "250 ok\r\n").unwrap();
                } else if cmd == "DATA" {
                    write!(stream, "354 go ahead\r\n").unwrap();
                    let mut data = Vec::new();
                    loop {
                        let mut l = String::new();
                        reader.read_line(&mut l).unwrap();
                        if l == ".\r\n" {
                            break;
                        }
                        let l = l
                            .strip_prefix('.')
                            .map(str::to_string)
                            .filter(|_| l.starts_with(".."))
                            .unwrap_or(l);
                        data.extend_from_slice(l.as_bytes());
                    }
                    received.push((std::mem::take(&mut rcpt), data));
                    write!(stream, "250 queued\r\n").unwrap();
                } else if cmd == "QUIT" {
                    write!(stream, "221 bye\r\n").unwrap();
                    break;
                } else {
                    write!(stream, "250 ok\r\n").unwrap();
                }
            }
        }
        received
    });
    (port, handle)
}

#[test]
fn emails_round_trip_through_smtp_with_the_pdf_intact() {
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("clients/broken-co")).unwrap();
    let out = ws.path().join("out");
    let (port, server) = smtp_server();
    let o = Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .args([
            "batch",
            ws.path().to_str().unwrap(),
            "--kind",
            "monthly",
            "--period",
            "2026-10",
            "-o",
            out.to_str().unwrap(),
        ])
        .args(["--email", "--send", "--jobs", "1"])
        .env("SVCREVIEW_SMTP_HOST", "127.0.0.1")
        .env("SVCREVIEW_SMTP_PORT", port.to_string())
        .env("SVCREVIEW_SMTP_SECURITY", "none")
        .env_remove("SVCREVIEW_SMTP_USER")
        .env_remove("SVCREVIEW_SMTP_PASSWORD")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{}\n{}",
        stderr(&o),
        String::from_utf8_lossy(&o.stdout)
    );
    let received = server.join().unwrap();
    assert_eq!(received.len(), 3);
    let (rcpt, data) = received
        .iter()
        .find(|(r, _)| {
            r.iter()
                .any(|x| x.contains("e.harlow@harlow-fenwick.example"))
        })
        .expect("Harlow's review arrived");
    assert_eq!(rcpt.len(), 1);
    use mail_parser::MimeHeaders;
    let msg = mail_parser::MessageParser::default().parse(data).unwrap();
    assert!(msg.subject().unwrap().contains("Harlow & Fenwick LLP"));
    assert!(
        msg.body_text(0)
            .unwrap()
            .contains("P3 resolution: 94.9% against 95% (missed)")
    );
    let pdf = std::fs::read(out.join("harlow-fenwick/2026-10-monthly.pdf")).unwrap();
    let att = msg.attachments().next().expect("an attachment");
    // Named for the client, the document and the period, as the client files it.
    assert_eq!(
        att.attachment_name(),
        Some("Harlow & Fenwick LLP - Monthly service review - October 2026.pdf")
    );
    // Sent: dated now, with an id of its own, not a draft.
    let sent_id = msg.message_id().unwrap().to_string();
    assert!(msg.header("X-Unsent").is_none());
    let year = msg.date().unwrap().year;
    assert!(year >= 2026, "dated when sent: {year}");
    assert!(
        att.contents() == pdf.as_slice(),
        "the attached PDF is byte-identical"
    );
    // The .eml written next to the PDF parses back the same way.
    let eml = std::fs::read(out.join("harlow-fenwick/2026-10-monthly.eml")).unwrap();
    let msg = mail_parser::MessageParser::default().parse(&eml).unwrap();
    assert!(msg.attachments().next().unwrap().contents() == pdf.as_slice());
    // The .eml is an unsent draft, dated the review's issue date, with the review's id.
    assert_eq!(msg.header("X-Unsent").and_then(|h| h.as_text()), Some("1"));
    assert_eq!(
        msg.message_id(),
        Some("harlow-fenwick.monthly.2026-10@svcreview")
    );
    assert_ne!(msg.message_id(), Some(sent_id.as_str()));
    // Its body carries the decisions and the SDM's notes of the month.
    let body = msg.body_text(0).unwrap();
    assert!(body.contains("Decisions and money"), "{body}");
    // Said once: the notice deadline's default is in the decisions, not again in the
    // summary's sentences below them.
    assert_eq!(
        body.matches("Unless a renewal is agreed").count(),
        1,
        "{body}"
    );
    // Riverside's second contact receives QBRs and annual reviews only.
    let (rcpt, _) = received
        .iter()
        .find(|(r, _)| r.iter().any(|x| x.contains("riverside")))
        .unwrap();
    assert_eq!(rcpt.len(), 1, "{rcpt:?}");
}

#[test]
fn send_without_a_server_configured_is_a_usage_error() {
    let ws = workspace();
    let o = Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .args([
            "batch",
            ws.path().to_str().unwrap(),
            "--kind",
            "monthly",
            "--period",
            "2026-10",
            "--send",
        ])
        .env_remove("SVCREVIEW_SMTP_HOST")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("SVCREVIEW_SMTP_HOST"));
}

#[test]
fn e_mail_needs_a_sender_before_anything_is_rendered() {
    // Without `email_from` in provider.yaml, mail went out from `reviews@localhost`.
    let ws = workspace();
    let provider = ws.path().join("provider.yaml");
    let text = std::fs::read_to_string(&provider).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("email_from:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&provider, without).unwrap();
    let out = ws.path().join("out");
    // (`--send` asks the same, after its SMTP server.)
    let o = batch(ws.path(), &out, &["--email"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("need a sender: set `email_from` in provider.yaml"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists(), "nothing rendered");
}
