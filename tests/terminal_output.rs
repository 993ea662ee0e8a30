//! Errors in colour only where asked: plain when piped (as here), coloured with
//! CLICOLOR_FORCE, plain again with NO_COLOR; the words the same in each.
use super::*;

fn validate_typo(env: &[(&str, &str)]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let o = svcreview(&["init", ws.to_str().unwrap(), "--period", "2026-10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let client = ws.join("clients/example-client/client.yaml");
    let yaml = std::fs::read_to_string(&client).unwrap();
    std::fs::write(&client, yaml.replacen("target: 99,", "tagret: 99,", 1)).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_svcreview"));
    cmd.args(["validate", ws.to_str().unwrap()]);
    for k in [
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "CLICOLOR",
        "CI",
        "SVCREVIEW_HYPERLINK",
    ] {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().copied());
    let o = cmd.output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    // Each run has its own temporary directory.
    stderr(&o).replace(tmp.path().to_str().unwrap(), "TMP")
}

#[test]
fn colour_only_where_asked_and_the_same_words() {
    let plain = validate_typo(&[]);
    assert!(!plain.contains('\x1b'), "{plain:?}");
    assert!(plain.starts_with("error: "), "{plain}");
    assert!(plain.contains("client.yaml:"), "{plain}");
    assert!(plain.contains("unknown field `tagret`"), "{plain}");
    let coloured = validate_typo(&[("CLICOLOR_FORCE", "1")]);
    assert!(
        coloured.starts_with("\x1b[1;31merror:\x1b[0m "),
        "{coloured:?}"
    );
    assert!(coloured.contains("\x1b[1;32mhint:\x1b[0m"), "{coloured:?}");
    // Not a terminal: no hyperlinks, even with a link format chosen.
    let chosen = validate_typo(&[("CLICOLOR_FORCE", "1"), ("SVCREVIEW_HYPERLINK", "vscode")]);
    assert!(!chosen.contains("\x1b]8;;"), "{chosen:?}");
    let words = |s: &str| {
        let sgr = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap();
        sgr.replace_all(s, "").into_owned()
    };
    assert_eq!(words(&coloured), plain);
    let no_color = validate_typo(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!no_color.contains('\x1b'), "{no_color:?}");
}
