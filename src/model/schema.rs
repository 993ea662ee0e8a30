//! The JSON Schemas of the four input files, generated from the types the loader reads
//! them into, so they cannot drift from it. An editor with a YAML language server reads
//! the `# yaml-language-server: $schema=...` first line of a file, completes its field
//! names, shows each field's doc comment and underlines a misspelt or mistyped field.
//!
//! The schemas describe the shape of a file (fields, types, the forms of percentages,
//! durations and dates); what needs the other files (an SLA id a period file names, a
//! calendar a KPI uses) is checked by `validate` only.

use schemars::generate::SchemaSettings;
use serde_json::Value;

use super::{ClientDef, PeriodData, Provider, ReviewNotes};

/// Which input file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// `clients/<slug>/client.yaml`.
    Client,
    /// `clients/<slug>/periods/YYYY-MM.yaml`.
    Period,
    /// `clients/<slug>/reviews/<period>.yaml`.
    Review,
    /// `provider.yaml`.
    Provider,
}

impl SchemaKind {
    /// Every kind, in the order `schema --help` lists them.
    pub const ALL: [SchemaKind; 4] = [
        SchemaKind::Client,
        SchemaKind::Period,
        SchemaKind::Review,
        SchemaKind::Provider,
    ];

    /// The name on the command line and in the file name (`client`).
    pub fn key(self) -> &'static str {
        match self {
            SchemaKind::Client => "client",
            SchemaKind::Period => "period",
            SchemaKind::Review => "review",
            SchemaKind::Provider => "provider",
        }
    }

    /// The schema's file name (`client.schema.json`).
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.key())
    }

    /// The file a workspace keeps this schema in, relative to the workspace.
    pub fn workspace_file(self) -> String {
        format!("{SCHEMA_DIR}/{}", self.file_name())
    }

    /// How deep a file of this kind sits below the workspace.
    fn depth(self) -> usize {
        match self {
            SchemaKind::Provider => 0,
            SchemaKind::Client => 2,
            SchemaKind::Period | SchemaKind::Review => 3,
        }
    }

    /// The first line of a new file of this kind in a workspace: the schema, by a path
    /// relative to the file (as the YAML language server resolves it).
    pub fn modeline(self) -> String {
        format!(
            "# yaml-language-server: $schema={}{}",
            "../".repeat(self.depth()),
            self.workspace_file()
        )
    }

    /// The schema (JSON Schema draft 7, which the YAML language server and most
    /// validators read).
    pub fn schema(self) -> Value {
        let generator = SchemaSettings::draft07().into_generator();
        let (schema, title, about) = match self {
            SchemaKind::Client => (
                generator.into_root_schema_for::<ClientDef>(),
                "svcreview client.yaml",
                "One client: contract, calendars, CSFs, KPIs, SLAs, contacts and ticket exports.",
            ),
            SchemaKind::Period => (
                generator.into_root_schema_for::<PeriodData>(),
                "svcreview period file",
                "One month's data of a client: KPI values, SLA counts, availability, surveys, notes and the CSI register.",
            ),
            SchemaKind::Review => (
                generator.into_root_schema_for::<ReviewNotes>(),
                "svcreview review notes",
                "What the service delivery manager writes for a QBR or annual review.",
            ),
            SchemaKind::Provider => (
                generator.into_root_schema_for::<Provider>(),
                "svcreview provider.yaml",
                "The managed service provider whose name and colours are on every report.",
            ),
        };
        let mut value = schema.to_value();
        allow_empty(&mut value);
        if let Value::Object(map) = &mut value {
            map.insert("title".into(), title.into());
            map.insert("description".into(), about.into());
        }
        value
    }

    /// The schema as the text written to a file or printed.
    pub fn text(self) -> String {
        let mut s = serde_json::to_string_pretty(&self.schema()).expect("a schema serialises");
        s.push('\n');
        s
    }
}

/// Lets an optional list, map or section be written empty (`recommendations:` with
/// nothing under it yet), as the loader reads it (serde_yaml gives null, and a defaulted
/// field takes its default). Scalars are left alone: `kind:` with nothing is refused by
/// both.
fn allow_empty(schema: &mut Value) {
    let definitions = schema["definitions"].clone();
    let is_object_ref = |prop: &Value| -> Option<String> {
        let r = prop["$ref"]
            .as_str()
            .or_else(|| prop["allOf"][0]["$ref"].as_str())?;
        let name = r.strip_prefix("#/definitions/")?;
        (definitions[name]["type"] == "object").then(|| r.to_string())
    };
    let fix = |object: &mut Value| {
        let required: Vec<Value> = object["required"].as_array().cloned().unwrap_or_default();
        let Some(props) = object.get_mut("properties").and_then(Value::as_object_mut) else {
            return;
        };
        for (name, prop) in props.iter_mut() {
            if required.iter().any(|r| r == name.as_str()) {
                continue;
            }
            match prop["type"].as_str() {
                Some(t @ ("array" | "object")) => prop["type"] = serde_json::json!([t, "null"]),
                _ => {
                    if let Some(r) = is_object_ref(prop) {
                        let map = prop.as_object_mut().expect("a property schema");
                        map.remove("$ref");
                        map.remove("allOf");
                        map.insert(
                            "anyOf".into(),
                            serde_json::json!([{ "$ref": r }, { "type": "null" }]),
                        );
                    }
                }
            }
        }
    };
    fix(schema);
    if let Some(defs) = schema.get_mut("definitions").and_then(Value::as_object_mut) {
        for def in defs.values_mut() {
            fix(def);
        }
    }
}

/// Where a workspace keeps its schemas (written by `init` and `schema --workspace`).
pub const SCHEMA_DIR: &str = "schemas";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modelines_reach_the_workspace_from_each_file() {
        assert_eq!(
            SchemaKind::Client.modeline(),
            "# yaml-language-server: $schema=../../schemas/client.schema.json"
        );
        assert_eq!(
            SchemaKind::Provider.modeline(),
            "# yaml-language-server: $schema=schemas/provider.schema.json"
        );
    }

    #[test]
    fn schemas_forbid_unknown_fields_and_carry_doc_comments() {
        let client = SchemaKind::Client.schema();
        assert_eq!(client["additionalProperties"], false);
        assert!(
            client["required"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "contract")
        );
        let kpi = &client["definitions"]["Kpi"];
        assert_eq!(kpi["additionalProperties"], false);
        assert_eq!(
            kpi["properties"]["better"]["allOf"][0]["$ref"],
            "#/definitions/Better"
        );
        assert!(
            kpi["properties"]["warning"]["description"]
                .as_str()
                .unwrap()
                .contains("amber")
        );
    }
}
