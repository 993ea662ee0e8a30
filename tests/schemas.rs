//! The JSON Schemas an editor reads (`svcreview schema KIND`, the `schemas/` of a
//! workspace) against the loader: every sample file is valid under the schema its
//! first line names, and on a set of files right and wrong the schema and the loader
//! agree, and name the same field.
use super::*;

/// A YAML document as the JSON an editor's language server validates (keys as text).
fn json_of(yaml: &str) -> serde_json::Value {
    fn conv(v: serde_yaml::Value) -> serde_json::Value {
        use serde_yaml::Value as Y;
        match v {
            Y::Null => serde_json::Value::Null,
            Y::Bool(b) => b.into(),
            Y::Number(n) => serde_json::to_value(&n).unwrap(),
            Y::String(s) => s.into(),
            Y::Sequence(s) => s.into_iter().map(conv).collect(),
            Y::Mapping(m) => m
                .into_iter()
                .map(|(k, v)| {
                    let k = match k {
                        Y::String(s) => s,
                        other => serde_yaml::to_string(&other).unwrap().trim().to_string(),
                    };
                    (k, conv(v))
                })
                .collect::<serde_json::Map<_, _>>()
                .into(),
            Y::Tagged(t) => conv(t.value),
        }
    }
    conv(serde_yaml::from_str(yaml).expect("YAML parses"))
}

/// The schema errors of a file, each as `instance path: message`.
fn schema_errors(schema: &serde_json::Value, yaml: &str) -> Vec<String> {
    let validator = jsonschema::draft7::new(schema).expect("the schema compiles");
    let instance = json_of(yaml);
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn schema_of(kind: &str) -> serde_json::Value {
    let o = svcreview(&["schema", kind]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("the schema is JSON")
}

/// The schema a file's `# yaml-language-server: $schema=` line names, read from
/// where the line points (relative to the file, as the language server reads it).
fn schema_named_by(file: &Path) -> (PathBuf, serde_json::Value) {
    let text = std::fs::read_to_string(file).unwrap();
    let first = text.lines().next().unwrap_or_default();
    let rel = first
        .strip_prefix("# yaml-language-server: $schema=")
        .unwrap_or_else(|| panic!("{}: no schema line first: {first}", file.display()));
    let path = file.parent().unwrap().join(rel);
    let schema = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {} {e}", file.display(), path.display()));
    (path, serde_json::from_slice(&schema).unwrap())
}

#[test]
fn every_sample_file_is_valid_under_the_schema_its_first_line_names() {
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(sample()) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let (schema_path, schema) = schema_named_by(path);
        // The schema file is the one this version generates, for this kind of file.
        let kind = schema_path
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .strip_suffix(".schema.json")
            .unwrap()
            .to_string();
        let expected_kind = match path.file_name().unwrap().to_str().unwrap() {
            "client.yaml" => "client",
            "provider.yaml" => "provider",
            _ if path.parent().unwrap().ends_with("periods") => "period",
            _ if path.parent().unwrap().ends_with("reviews") => "review",
            other => panic!("a YAML file of no known kind: {other}"),
        };
        assert_eq!(kind, expected_kind, "{}", path.display());
        assert!(
            schema == schema_of(&kind),
            "{} is not what `svcreview schema {kind}` prints: run `svcreview schema --workspace sample-data`",
            schema_path.display()
        );
        let yaml = std::fs::read_to_string(path).unwrap();
        let errors = schema_errors(&schema, &yaml);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        checked += 1;
    }
    // 3 client.yaml, 2 review files, provider.yaml and the period files.
    assert!(checked > 40, "only {checked} files");
}

/// A workspace from `init` with its client's review notes: every file valid.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let o = svcreview(&[
        "init",
        ws.to_str().unwrap(),
        "--client",
        "acme",
        "--period",
        "2026-09",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::create_dir_all(ws.join("clients/acme/reviews")).unwrap();
    std::fs::write(
        ws.join("clients/acme/reviews/2026-Q3.yaml"),
        "# yaml-language-server: $schema=../../../schemas/review.schema.json\n\
         recommendations: [Extend the knowledge base]\n\
         proposals:\n  - { kind: sla, title: P1 response within 15m }\n",
    )
    .unwrap();
    (tmp, ws)
}

/// Files as `init` writes them, changed by `edit`; the loader's verdict (validate's
/// stderr, or None when valid) and the schema's errors.
fn both(ws: &Path, file: &str, edit: &dyn Fn(&str) -> String) -> (Option<String>, Vec<String>) {
    let path = ws.join(file);
    let original = std::fs::read_to_string(&path).unwrap();
    let changed = edit(&original);
    assert_ne!(changed, original, "the edit of {file} changed nothing");
    std::fs::write(&path, &changed).unwrap();
    let o = svcreview(&["validate", ws.to_str().unwrap()]);
    let loader = (!o.status.success()).then(|| stderr(&o));
    let (_, schema) = schema_named_by(&path);
    let errors = schema_errors(&schema, &changed);
    std::fs::write(&path, original).unwrap();
    (loader, errors)
}

#[test]
fn schema_and_loader_agree_on_files_right_and_wrong() {
    let (_tmp, ws) = workspace();
    let o = svcreview(&["validate", ws.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    for f in [
        "provider.yaml",
        "clients/acme/client.yaml",
        "clients/acme/periods/2026-09.yaml",
        "clients/acme/reviews/2026-Q3.yaml",
    ] {
        let (_, schema) = schema_named_by(&ws.join(f));
        let errors = schema_errors(&schema, &std::fs::read_to_string(ws.join(f)).unwrap());
        assert!(errors.is_empty(), "{f} as init writes it: {errors:#?}");
    }
    const CLIENT: &str = "clients/acme/client.yaml";
    const PERIOD: &str = "clients/acme/periods/2026-09.yaml";
    const REVIEW: &str = "clients/acme/reviews/2026-Q3.yaml";
    // (file, from, to, the field both must name)
    let wrong: &[(&str, &str, &str, &str)] = &[
        (CLIENT, "target: 99,", "tagret: 99,", "tagret"),
        (CLIENT, "kpis:", "kpi:", "kpi"),
        (CLIENT, "better: higher", "better: up", "better"),
        (CLIENT, "unit: percent", "unit: per-cent", "unit"),
        (CLIENT, "goal: 95%", "goal: 0.95", "goal"),
        (CLIENT, "goal: 95%", "goal: 101%", "goal"),
        (CLIENT, "within: 30m", "within: 30 minutes", "within"),
        (CLIENT, "within: 30m", "within: 30", "within"),
        (
            CLIENT,
            "notice_days: 90",
            "notice_days: ninety",
            "notice_days",
        ),
        (CLIENT, "clock: response", "clock: reply", "clock"),
        (CLIENT, "start: 2026-09-01", "start: 026-09-01", "start"),
        (CLIENT, "start: 2026-09-01", "start: +2026-09-01", "start"),
        (CLIENT, "  timezone: ", "  time_zone: ", "time_zone"),
        (
            PERIOD,
            "backup_success: 99.4",
            "backup_success: high",
            "backup_success",
        ),
        // A KPI without a target: the loader and the schema both refuse it.
        (CLIENT, ", target: 99, warning: 97", "", "target"),
        (PERIOD, "notes:", "note:", "note"),
        (PERIOD, "breached: 0,", "breach: 0,", "breach"),
        (PERIOD, "met: 9", "met: -1", "met"),
        (
            REVIEW,
            "recommendations:",
            "recomendations:",
            "recomendations",
        ),
        (REVIEW, "kind: sla", "kind: price", "kind"),
        ("provider.yaml", "contact:", "contacts:", "contacts"),
        ("provider.yaml", "primary: ", "primry: ", "primry"),
    ];
    for &(file, from, to, field) in wrong {
        let (loader, errors) = both(&ws, file, &|s| s.replacen(from, to, 1));
        let case = format!("{file}: `{from}` → `{to}`");
        let loader = loader.unwrap_or_else(|| panic!("{case}: the loader accepted it"));
        assert!(
            loader.contains(field),
            "{case}: the loader does not name `{field}`: {loader}"
        );
        assert!(!errors.is_empty(), "{case}: the schema accepted it");
        assert!(
            errors.iter().any(|e| e.contains(field)),
            "{case}: the schema does not name `{field}`: {errors:#?}"
        );
    }
    // Forms that are right though unusual: both accept them.
    let right: &[(&str, &str, &str)] = &[
        (CLIENT, "goal: 95%", "goal: 99.95%"),
        (CLIENT, "goal: 95%", "goal: 95"),
        (CLIENT, "goal: 95%", "goal: \"100 %\""),
        (CLIENT, "within: 30m", "within: 1h30m"),
        (CLIENT, "within: 30m", "within: 2d"),
        (CLIENT, "notice_days: 90", "notice_days: 0"),
        (
            CLIENT,
            "csfs:",
            "calendars:\n  office:\n    timezone: Europe/London\n    hours: { mon-fri: \"08:00-18:00\" }\n    holidays: [2026-12-25]\n    exceptions: { 2026-12-24: \"09:00-13:00\" }\ncsfs:",
        ),
        (
            PERIOD,
            "backup_success: 99.4",
            "backup_success: { num: 497, den: 500 }",
        ),
        (PERIOD, "backup_success: 99.4", "backup_success: null"),
        (
            PERIOD,
            "patch_compliance: 96.1",
            "patch_compliance: { value: 96.1, count: 140 }",
        ),
        (REVIEW, "kind: sla", "kind: other"),
        (CLIENT, "goal: 95%", "goal: 95.%"),
        (CLIENT, "start: 2026-09-01", "start: 2026-9-1"),
        // Lists, maps and sections left empty while the file is being written.
        (
            REVIEW,
            "recommendations: [Extend the knowledge base]",
            "recommendations:",
        ),
        (
            PERIOD,
            "notes:",
            "surveys:\navailability:\nactions:\nnotes:",
        ),
        (CLIENT, "contacts:", "calendars:\ncontacts:"),
        (
            CLIENT,
            "csfs:",
            "csfs:\n  - { id: empty, name: Empty, kpis: , slas: }",
        ),
    ];
    for &(file, from, to) in right {
        let (loader, errors) = both(&ws, file, &|s| s.replacen(from, to, 1));
        let case = format!("{file}: `{from}` → `{to}`");
        assert_eq!(loader, None, "{case}: the loader refused it");
        assert!(
            errors.is_empty(),
            "{case}: the schema refused it: {errors:#?}"
        );
    }
}

#[test]
fn init_writes_the_schemas_and_schema_workspace_refreshes_them() {
    let (_tmp, ws) = workspace();
    let file = ws.join("schemas/client.schema.json");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&std::fs::read(&file).unwrap()).unwrap(),
        schema_of("client")
    );
    // The schema's help text is the type's doc comment.
    let schema = schema_of("client");
    let warning = &schema["definitions"]["Kpi"]["properties"]["warning"]["description"];
    assert!(warning.as_str().unwrap().contains("amber"), "{warning}");
    // An outdated schema is rewritten; current ones are left alone.
    std::fs::write(&file, "{}").unwrap();
    let o = svcreview(&["schema", "--workspace", ws.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let listed = String::from_utf8_lossy(&o.stdout);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(listed.contains("client.schema.json"), "{listed}");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&std::fs::read(&file).unwrap()).unwrap(),
        schema
    );
    // Not a workspace; not a kind.
    let o = svcreview(&[
        "schema",
        "--workspace",
        ws.join("clients").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = svcreview(&["schema", "clients"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}
