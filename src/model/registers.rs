//! What the SDM keeps beside the figures: the events of a month (major incidents and
//! notable changes), the risk register and the technology roadmap (both carried from
//! month to month like the CSI register), the device list for lifecycle planning and
//! the renewal proposal of an annual review.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::units::{Date, DurationSpec, Quarter};

/// A major incident or notable change of the month, as the review tells it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The day it began (in the month of the period file).
    pub date: Date,
    /// Incident, change or security event.
    #[serde(default)]
    pub kind: EventKind,
    /// One line (`Ransomware alert on the imaging servers`).
    pub title: String,
    /// How serious it was for the client.
    #[serde(default)]
    pub severity: Option<Severity>,
    /// The services affected, as the availability figures name them.
    #[serde(default)]
    pub services: Vec<String>,
    /// Users affected.
    #[serde(default)]
    pub users_affected: Option<u32>,
    /// How long the service was affected (`5h`, `45m`).
    #[serde(default)]
    pub duration: Option<DurationSpec>,
    /// What caused it, in a sentence.
    #[serde(default)]
    pub cause: Option<String>,
    /// Ids of the CSI actions that answer it (from the same month's `actions:`).
    #[serde(default)]
    pub actions: Vec<String>,
}

/// What kind of event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// A service interruption or degradation.
    #[default]
    Incident,
    /// A planned change of note (a migration, a new service).
    Change,
    /// A security event (an alert, a phishing campaign, a breach).
    Security,
}

impl EventKind {
    /// Its label's key.
    pub fn key(self) -> &'static str {
        match self {
            EventKind::Incident => "event_incident",
            EventKind::Change => "event_change",
            EventKind::Security => "event_security",
        }
    }
}

/// How serious an event was.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Little effect on the business.
    Minor,
    /// A service or a team stopped for a while.
    Major,
    /// The business stopped, or data were at risk.
    Critical,
}

impl Severity {
    /// Its label's key.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Minor => "severity_minor",
            Severity::Major => "severity_major",
            Severity::Critical => "severity_critical",
        }
    }
}

/// A risk of the client's register, as it stands at the end of the month.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Register id (`R-4`).
    pub id: String,
    /// One line.
    pub title: String,
    /// What kind of risk.
    pub category: RiskCategory,
    /// How likely, 1 (rare) to 5 (almost certain).
    pub likelihood: u8,
    /// How bad if it happens, 1 (negligible) to 5 (severe).
    pub impact: u8,
    /// Who owns it.
    #[serde(default)]
    pub owner: Option<String>,
    /// What is done about it.
    #[serde(default)]
    pub mitigation: Option<String>,
    /// Its state.
    #[serde(default)]
    pub status: RiskStatus,
    /// When it is next looked at.
    #[serde(default)]
    pub next_review: Option<Date>,
    /// When it was raised.
    #[serde(default)]
    pub opened: Option<Date>,
    /// When it was closed.
    #[serde(default)]
    pub closed: Option<Date>,
}

/// The kinds of risk a review groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RiskCategory {
    /// Attack, data loss, unprotected devices.
    Security,
    /// Outages, backups, disaster recovery.
    Continuity,
    /// Regulation, audits, licences.
    Compliance,
    /// Growth beyond what the systems or the contract carry.
    Capacity,
    /// Ageing hardware and software out of support.
    Lifecycle,
    /// Suppliers and third parties.
    Supplier,
    /// Anything else.
    Other,
}

impl RiskCategory {
    /// Its label's key.
    pub fn key(self) -> &'static str {
        match self {
            RiskCategory::Security => "risk_security",
            RiskCategory::Continuity => "risk_continuity",
            RiskCategory::Compliance => "risk_compliance",
            RiskCategory::Capacity => "risk_capacity",
            RiskCategory::Lifecycle => "risk_lifecycle",
            RiskCategory::Supplier => "risk_supplier",
            RiskCategory::Other => "risk_other",
        }
    }
}

/// The state of a risk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RiskStatus {
    /// Raised, nothing done yet.
    #[default]
    Open,
    /// Being reduced.
    Mitigating,
    /// Accepted by the client as it is.
    Accepted,
    /// Gone, or reduced to nothing.
    Closed,
}

impl RiskStatus {
    /// Its label's key.
    pub fn key(self) -> &'static str {
        match self {
            RiskStatus::Open => "risk_open",
            RiskStatus::Mitigating => "risk_mitigating",
            RiskStatus::Accepted => "risk_accepted",
            RiskStatus::Closed => "risk_closed",
        }
    }
}

/// An initiative of the technology roadmap, as it stands at the end of the month.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// Roadmap id (`RM-3`).
    pub id: String,
    /// One line.
    pub title: String,
    /// What it is about (`security`, `infrastructure`, `lifecycle`, `cloud`…).
    pub category: InitiativeCategory,
    /// The quarter it is planned for (`2027-Q1`).
    pub quarter: Quarter,
    /// One-off cost in the contract's currency.
    #[serde(default)]
    pub one_off: Option<f64>,
    /// Recurring cost a month, from its quarter on.
    #[serde(default)]
    pub monthly: Option<f64>,
    /// Its state.
    pub status: InitiativeStatus,
    /// The decision asked of the client (`Approve the budget for …`).
    #[serde(default)]
    pub decision: Option<String>,
    /// The date the decision is needed by.
    #[serde(default)]
    pub decide_by: Option<Date>,
    /// Ids of the risks it reduces.
    #[serde(default)]
    pub risks: Vec<String>,
    /// Ids of the CSFs it serves.
    #[serde(default)]
    pub csfs: Vec<String>,
    /// Ids of the SLAs whose misses it answers (a missed SLA then names it).
    #[serde(default)]
    pub slas: Vec<String>,
    /// Ids of the KPIs whose shortfall or move it answers.
    #[serde(default)]
    pub kpis: Vec<String>,
}

/// What an initiative is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum InitiativeCategory {
    /// Security controls.
    Security,
    /// Servers, network, storage.
    Infrastructure,
    /// Replacing ageing devices or software.
    Lifecycle,
    /// Moves to or within cloud services.
    Cloud,
    /// Regulation and audits.
    Compliance,
    /// Backup and recovery.
    Continuity,
    /// Tools for the client's people.
    Productivity,
    /// Anything else.
    Other,
}

impl InitiativeCategory {
    /// Its label's key.
    pub fn key(self) -> &'static str {
        match self {
            InitiativeCategory::Security => "initiative_security",
            InitiativeCategory::Infrastructure => "initiative_infrastructure",
            InitiativeCategory::Lifecycle => "initiative_lifecycle",
            InitiativeCategory::Cloud => "initiative_cloud",
            InitiativeCategory::Compliance => "initiative_compliance",
            InitiativeCategory::Continuity => "initiative_continuity",
            InitiativeCategory::Productivity => "initiative_productivity",
            InitiativeCategory::Other => "initiative_other",
        }
    }
}

/// The state of an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InitiativeStatus {
    /// Proposed to the client, not yet decided.
    Proposed,
    /// Approved, not started.
    Approved,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
    /// Put off to a later quarter.
    Deferred,
    /// Declined by the client.
    Declined,
}

impl InitiativeStatus {
    /// Its label's key.
    pub fn key(self) -> &'static str {
        match self {
            InitiativeStatus::Proposed => "initiative_proposed",
            InitiativeStatus::Approved => "initiative_approved",
            InitiativeStatus::InProgress => "initiative_in_progress",
            InitiativeStatus::Done => "initiative_done",
            InitiativeStatus::Deferred => "initiative_deferred",
            InitiativeStatus::Declined => "initiative_declined",
        }
    }

    /// Whether it still costs money ahead (neither done nor declined).
    pub fn budgeted(self) -> bool {
        !matches!(self, InitiativeStatus::Done | InitiativeStatus::Declined)
    }
}

/// `lifecycle:` in `client.yaml`: the client's devices and when each kind is replaced.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    /// The device list: a CSV file relative to the client directory, with the columns
    /// `name`, `type`, `purchased` and optionally `warranty_end` and `os` (dates as
    /// YYYY-MM-DD); `columns:` maps other headings, as an RMM tool exports them.
    pub devices: String,
    /// Headings of the device list, when they differ from the defaults.
    #[serde(default)]
    pub columns: DeviceColumns,
    /// The refresh policy of each device type (`laptop: { years: 4, price: 1150 }`):
    /// a device is due for replacement `years` after its purchase, at `price`.
    pub refresh: BTreeMap<String, RefreshPolicy>,
}

/// The headings of a device list.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct DeviceColumns {
    /// Device name.
    pub name: String,
    /// Device type (a key of `refresh`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Purchase date.
    pub purchased: String,
    /// End of warranty (optional column).
    pub warranty_end: String,
    /// Operating system (optional column).
    pub os: String,
}

impl Default for DeviceColumns {
    fn default() -> Self {
        DeviceColumns {
            name: "name".into(),
            kind: "type".into(),
            purchased: "purchased".into(),
            warranty_end: "warranty_end".into(),
            os: "os".into(),
        }
    }
}

/// When a type of device is replaced, and at what price.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshPolicy {
    /// Years from purchase to replacement.
    pub years: u32,
    /// The price of a replacement, in the contract's currency.
    pub price: f64,
}

/// One device of the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Device {
    /// Its name.
    pub name: String,
    /// Its type, as `refresh` names it.
    pub kind: String,
    /// When it was bought.
    pub purchased: chrono::NaiveDate,
    /// When its warranty ends.
    pub warranty_end: Option<chrono::NaiveDate>,
    /// Its operating system.
    pub os: Option<String>,
}

/// The renewal the MSP proposes in an annual review (`renewal:` in `reviews/<year>.yaml`).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RenewalProposal {
    /// The term proposed, in months.
    pub term_months: u32,
    /// The monthly fee proposed, in the contract's currency.
    pub monthly_fee: f64,
    /// Devices the new fee covers (default: as now).
    #[serde(default)]
    pub devices_covered: Option<u32>,
    /// Users the new fee covers (default: as now).
    #[serde(default)]
    pub users_covered: Option<u32>,
    /// What changes in scope, one line each.
    #[serde(default)]
    pub scope: Vec<String>,
}
