//! Page previews (`--png`) and the reference images of the sample documents: a layout
//! change shows up here and is made deliberately, by re-blessing the references with
//! `SVCREVIEW_BLESS=1 cargo test reference_pages`, and reviewed as images.

use super::*;

/// A document whose pages are kept as references.
struct Document {
    /// The render command and its arguments after the client directory.
    args: &'static [&'static str],
    client: &'static str,
    /// The output's file stem.
    stem: &'static str,
    /// The pages kept.
    pages: &'static [usize],
}

const DOCUMENTS: &[Document] = &[
    Document {
        args: &["qbr", "--quarter", "2026-Q3", "--format", "deck"],
        client: "kessler-precision",
        stem: "kessler-precision-qbr-2026-Q3-deck",
        // Title, dashboard and the first KPI slide with its chart (after "What happened").
        pages: &[1, 2, 4],
    },
    Document {
        args: &["qbr", "--quarter", "2026-Q3"],
        client: "kessler-precision",
        stem: "kessler-precision-qbr-2026-Q3",
        pages: &[2],
    },
    Document {
        args: &["annual", "--year", "2025", "--contract-year"],
        client: "kessler-precision",
        stem: "kessler-precision-annual-2025-11_2026-10",
        pages: &[2],
    },
    Document {
        args: &[
            "annual",
            "--year",
            "2025",
            "--contract-year",
            "--format",
            "deck",
        ],
        client: "kessler-precision",
        stem: "kessler-precision-annual-2025-11_2026-10-deck",
        pages: &[6, 15],
    },
];

fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference")
}

/// Share of pixels whose colour differs by more than 48 in any channel.
fn differing(a: &tiny_skia::Pixmap, b: &tiny_skia::Pixmap) -> f64 {
    if (a.width(), a.height()) != (b.width(), b.height()) {
        return 1.0;
    }
    let off = a
        .data()
        .chunks(4)
        .zip(b.data().chunks(4))
        .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 48))
        .count();
    off as f64 / f64::from(a.width() * a.height())
}

#[test]
fn reference_pages() {
    let bless = std::env::var_os("SVCREVIEW_BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for doc in DOCUMENTS {
        let c = sample().join("clients").join(doc.client);
        let png = tmp.path().join("png");
        let mut args = vec![doc.args[0], c.to_str().unwrap()];
        args.extend_from_slice(&doc.args[1..]);
        args.extend_from_slice(&[
            "-o",
            tmp.path().to_str().unwrap(),
            "--png",
            png.to_str().unwrap(),
        ]);
        let o = Command::new(env!("CARGO_BIN_EXE_svcreview"))
            .args(&args)
            .env("SOURCE_DATE_EPOCH", "1790000000")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        for page in doc.pages {
            let name = format!("{}-{page:02}.png", doc.stem);
            let made = std::fs::read(png.join(&name)).unwrap();
            let reference = reference_dir().join(&name);
            if bless {
                std::fs::create_dir_all(reference_dir()).unwrap();
                std::fs::write(&reference, &made).unwrap();
                continue;
            }
            let want = tiny_skia::Pixmap::decode_png(
                &std::fs::read(&reference)
                    .unwrap_or_else(|_| panic!("no reference {name}: bless it")),
            )
            .unwrap();
            let got = tiny_skia::Pixmap::decode_png(&made).unwrap();
            let share = differing(&want, &got);
            // Anti-aliasing may move a little between machines; a moved table or
            // a changed figure moves far more than 0.5% of a page.
            if share > 0.005 {
                let kept = tmp.path().join(&name);
                failures.push(format!("{name}: {:.2}% of pixels differ", share * 100.0));
                let _ = std::fs::copy(png.join(&name), kept);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "pages changed (re-bless with SVCREVIEW_BLESS=1 if deliberate):\n{}",
        failures.join("\n")
    );
}

#[test]
fn page_images_that_cannot_be_written_leave_no_pdf_either() {
    let c = sample().join("clients/kessler-precision");
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let out = tmp.path().join("out");
    let run = |png: &Path| {
        svcreview(&[
            "qbr",
            c.to_str().unwrap(),
            "--quarter",
            "2026-Q3",
            "-o",
            out.to_str().unwrap(),
            "--png",
            png.to_str().unwrap(),
        ])
    };
    // A file where the directory should be: a usage error naming it, before any work.
    let o = run(&file);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is a file; give a directory"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    // A directory that cannot be made: nothing of the review is left, PDF included.
    let o = run(&file.join("pages"));
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let left: Vec<_> = std::fs::read_dir(&out)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn png_previews_are_written_one_per_page() {
    let c = sample().join("clients/kessler-precision");
    let tmp = tempfile::tempdir().unwrap();
    let png = tmp.path().join("previews");
    let o = svcreview(&[
        "annual",
        c.to_str().unwrap(),
        "--year",
        "2025",
        "--contract-year",
        "-o",
        tmp.path().to_str().unwrap(),
        "--png",
        png.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut names: Vec<String> = std::fs::read_dir(&png)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    assert_eq!(names[0], "kessler-precision-annual-2025-11_2026-10-01.png");
    let first = std::fs::read(png.join(&names[0])).unwrap();
    assert!(first.starts_with(b"\x89PNG"));
    // A4 at 2 px/pt: 595 × 842 pt → 1191 × 1684 px (rounded).
    let p = tiny_skia::Pixmap::decode_png(&first).unwrap();
    assert_eq!((p.width(), p.height()), (1191, 1684));
}
