use super::*;

#[test]
fn provider_logo_and_colours_reach_the_pdf() {
    let f = Fixture::new(CLIENT, PERIOD);
    std::fs::write(
        f.dir.path().join("provider.yaml"),
        "name: Logo Test MSP\ncolours: { primary: \"#003366\" }\nlogo: logo.svg\n",
    )
    .unwrap();
    std::fs::write(
        f.dir.path().join("logo.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/></svg>"##,
    )
    .unwrap();
    let text = pdf_text(&render(&f.client(), "2026-10", &f.out()));
    assert!(text.contains("Logo Test MSP"), "{text}");

    // A logo that is not there is a located problem, not a broken PDF.
    std::fs::remove_file(f.dir.path().join("logo.svg")).unwrap();
    let e = f.validate_fails();
    assert!(e.contains("provider.yaml:3:"), "{e}");
    assert!(e.contains("logo"), "{e}");
}
