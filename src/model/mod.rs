//! The inputs as typed values: the provider, a client's definition (contract, CSFs, KPIs,
//! SLAs) and a month's period data. Parsing and validation live in [`load`] and
//! [`validate`]; the types here only describe the files.

pub mod registers;
pub mod schema;
pub mod units;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use registers::{
    Device, Event, Initiative, InitiativeStatus, Lifecycle, RefreshPolicy, RenewalProposal, Risk,
    RiskStatus,
};
pub use units::{Date, DurationSpec, Month, Percent, Quarter};

/// `provider.yaml`: the managed service provider whose name is on every report.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Trading name.
    pub name: String,
    /// Logo file (SVG or PNG), relative to the workspace.
    #[serde(default)]
    pub logo: Option<String>,
    /// Brand colours as `#RRGGBB`.
    #[serde(default)]
    pub colours: Colours,
    /// Service-desk contact line shown in the footer.
    #[serde(default)]
    pub contact: Option<String>,
    /// The sender of review e-mails (`Northgate Reviews <reviews@northgate.example>`).
    #[serde(default)]
    pub email_from: Option<String>,
    /// The language and formats of the portfolio review, the MSP's own document
    /// (default `en-GB`; each client's reviews are in the client's locale).
    #[serde(default)]
    pub locale: Option<String>,
    /// A reporting currency for the portfolio's totals, with the rates to convert every
    /// other client currency into it. Amounts stay in their own currencies; the
    /// converted totals are shown beside them with the rates used.
    #[serde(default)]
    pub reporting: Option<Reporting>,
}

/// The portfolio's reporting currency.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    /// ISO 4217 code (`GBP`).
    pub currency: String,
    /// What one unit of each other currency is worth in the reporting currency
    /// (`{ EUR: 0.8642, USD: 0.7718 }`).
    #[serde(default)]
    pub rates: BTreeMap<String, f64>,
    /// The day the rates are from, shown beside them.
    #[serde(default)]
    pub as_of: Option<Date>,
}

impl Reporting {
    /// The rate from `currency` into the reporting currency (1 for itself).
    pub fn rate(&self, currency: &str) -> Option<f64> {
        if currency == self.currency {
            return Some(1.0);
        }
        self.rates.get(currency).copied()
    }
}

/// Brand colours.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    /// Headings, cover band, table headers.
    #[serde(default = "default_primary")]
    pub primary: String,
    /// Chart lines and highlights.
    #[serde(default = "default_accent")]
    pub accent: String,
}

fn default_primary() -> String {
    "#1F3A5F".into()
}
fn default_accent() -> String {
    "#2A7AB0".into()
}

impl Default for Colours {
    fn default() -> Self {
        Self {
            primary: default_primary(),
            accent: default_accent(),
        }
    }
}

/// `clients/<slug>/client.yaml`: what is measured for one client, and against what.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientDef {
    /// Who the client is.
    pub client: ClientInfo,
    /// The contract the reviews report against.
    pub contract: Contract,
    /// Business-hours calendars, by id (`24x7` is built in).
    #[serde(default)]
    pub calendars: BTreeMap<String, CalendarDef>,
    /// Critical success factors.
    #[serde(default)]
    pub csfs: Vec<Csf>,
    /// Key performance indicators.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    /// Service level agreements.
    #[serde(default)]
    pub slas: Vec<Sla>,
    /// Who receives the review by e-mail.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Ticket exports to compute ticket SLAs and ticket KPIs from.
    #[serde(default)]
    pub tickets: Option<TicketsDef>,
    /// The client's devices and their refresh policy, for lifecycle planning.
    #[serde(default)]
    pub lifecycle: Option<Lifecycle>,
}

/// A person who receives the client's reviews.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Which reviews they receive (default all): `monthly`, `qbr`, `annual`.
    #[serde(default)]
    pub reviews: Vec<String>,
    /// The language of their e-mail when it is not the client's (`de-CH`, `fr`): the
    /// same figures in their words; the attached PDF stays in the client's locale.
    #[serde(default)]
    pub locale: Option<String>,
}

/// What the SDM writes for a QBR or annual review: `reviews/<period>.yaml`
/// (`reviews/2026-Q3.yaml`, `reviews/2026.yaml`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewNotes {
    /// Recommendations to the client.
    #[serde(default)]
    pub recommendations: Vec<String>,
    /// Next period's focus.
    #[serde(default)]
    pub focus: Vec<String>,
    /// Proposed changes for the renewal (annual review).
    #[serde(default)]
    pub proposals: Vec<Proposal>,
    /// The renewal recommendation (annual review).
    #[serde(default)]
    pub recommendation: Option<String>,
    /// Free text for the review.
    #[serde(default)]
    pub notes: Option<String>,
    /// The renewal proposed (annual review): term, fee and scope.
    #[serde(default)]
    pub renewal: Option<RenewalProposal>,
    /// What the MSP asks of the client: one line each, or `{ ask: "…", by: 2026-11-20 }`
    /// with the date it is needed by.
    #[serde(default)]
    pub asks: Vec<Ask>,
}

/// Something the MSP asks of the client, with the date it is needed by when there is one.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Ask {
    /// Just the ask.
    Plain(String),
    /// The ask and its date.
    Dated(DatedAsk),
}

/// An ask with the date it is needed by.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatedAsk {
    /// What is asked.
    pub ask: String,
    /// When it is needed by.
    pub by: Date,
}

impl<'de> Deserialize<'de> for Ask {
    /// A line, or a mapping read as [`DatedAsk`] (so that its errors name its field,
    /// where an untagged enum would only say that nothing matched).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Ask;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a line, or `{ ask: \"...\", by: YYYY-MM-DD }`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Ask, E> {
                Ok(Ask::Plain(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, m: A) -> Result<Ask, A::Error> {
                DatedAsk::deserialize(serde::de::value::MapAccessDeserializer::new(m))
                    .map(Ask::Dated)
            }
        }
        d.deserialize_any(V)
    }
}

impl Ask {
    /// What is asked.
    pub fn text(&self) -> &str {
        match self {
            Ask::Plain(s) | Ask::Dated(DatedAsk { ask: s, .. }) => s,
        }
    }

    /// When it is needed by.
    pub fn by(&self) -> Option<Date> {
        match self {
            Ask::Plain(_) => None,
            Ask::Dated(a) => Some(a.by),
        }
    }
}

/// A proposed change: an SLA adjustment, a new KPI, a CSF change.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// What it changes.
    pub kind: ProposalKind,
    /// One line.
    pub title: String,
    /// Why and how.
    #[serde(default)]
    pub detail: Option<String>,
}

/// What a proposal changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProposalKind {
    /// An SLA adjustment.
    Sla,
    /// A new or changed KPI.
    Kpi,
    /// A CSF change.
    Csf,
    /// Anything else (scope, price).
    Other,
}

/// Where a client's ticket exports are and how to read them.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TicketsDef {
    /// CSV files or directories of CSV files, relative to the client directory.
    pub files: OneOrMany,
    /// The export layout: column names and date format of a PSA.
    #[serde(default)]
    pub profile: TicketProfile,
    /// The time zone of export times that carry no offset (default: the client's).
    #[serde(default)]
    pub timezone: Option<String>,
    /// The date-time format of the export (chrono `strftime`), overriding the profile's.
    #[serde(default)]
    pub date_format: Option<String>,
    /// Column names, overriding the profile's.
    #[serde(default)]
    pub columns: Columns,
    /// Export priority values → SLA priorities (`"1 - Critical": P1`).
    #[serde(default)]
    pub priorities: BTreeMap<String, String>,
    /// When the export was taken: open tickets are judged at this instant (default: the
    /// end of the month reviewed).
    #[serde(default)]
    pub as_of: Option<String>,
    /// What a bad row does: `fail` (default) stops the client with every bad row listed;
    /// `skip` leaves it out, counted and listed on the report.
    #[serde(default)]
    pub bad_rows: BadRows,
    /// The calendar ticket KPIs count business time in (default `24x7`).
    #[serde(default)]
    pub calendar: Option<String>,
    /// On-hold intervals from a status-history export.
    #[serde(default)]
    pub hold: Option<HoldDef>,
    /// The client in an export of several companies: its name or id as the export's
    /// company column writes it (`"Alder & Finch Logistics"`), or several
    /// (`["Alder & Finch", "Alder & Finch - Depot"]`). Only its rows are its tickets.
    #[serde(default)]
    pub company: Option<OneOrMany>,
    /// Rows left out, as if never exported (default: the statuses `Deleted`, `Merged`,
    /// `Spam` and `Duplicate`, whatever their case; `statuses: []` keeps every row).
    #[serde(default)]
    pub leave_out: LeaveOut,
    /// Only the rows kept (default: every row).
    #[serde(default)]
    pub only: Only,
}

/// `tickets.leave_out`: rows that are no tickets of the client's.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeaveOut {
    /// Statuses (as the export writes them, in any case) whose rows are left out.
    #[serde(default)]
    pub statuses: Option<Vec<String>>,
}

impl LeaveOut {
    /// The statuses that mean a row is no ticket, by default.
    pub const DEFAULT: [&'static str; 4] = ["deleted", "merged", "spam", "duplicate"];

    /// The statuses left out, lower-cased.
    pub fn statuses(&self) -> Vec<String> {
        match &self.statuses {
            Some(s) => s.iter().map(|x| x.trim().to_lowercase()).collect(),
            None => Self::DEFAULT.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// `tickets.only`: the rows to keep.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Only {
    /// Ticket types (as the export writes them, in any case) to keep; others are left
    /// out (`[Incident, Service Request]`).
    #[serde(default)]
    pub types: Option<Vec<String>>,
    /// Queues, boards or groups (as the export writes them, in any case) to keep
    /// (`[Service Desk]`); a ticket in another is left out.
    #[serde(default)]
    pub queues: Option<Vec<String>>,
}

/// A status-history CSV (`ticket`, `status`, `from`, `to`) and the statuses that pause the
/// resolution clock. Hold time is counted in each SLA's own calendar.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HoldDef {
    /// The file, relative to the client directory.
    pub file: String,
    /// Statuses that are on hold (`Waiting on customer`).
    pub statuses: Vec<String>,
}

/// One string or a list of them.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum OneOrMany {
    /// One.
    One(String),
    /// Several.
    Many(Vec<String>),
}

impl OneOrMany {
    /// The values as a list.
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// Built-in export layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TicketProfile {
    /// Our own column names (`id`, `opened`, `responded`, `resolved`, ...), ISO times.
    #[default]
    Generic,
    /// ConnectWise Manage service ticket export.
    Connectwise,
    /// Autotask PSA ticket export.
    Autotask,
    /// HaloPSA ticket export.
    Halopsa,
    /// Zendesk Support ticket export.
    Zendesk,
    /// Jira Service Management issue export.
    Jira,
    /// ServiceNow incident export.
    Servicenow,
    /// Freshservice ticket export.
    Freshservice,
    /// Freshdesk ticket export.
    Freshdesk,
    /// Zammad ticket report.
    Zammad,
    /// Atera ticket report.
    Atera,
    /// Syncro ticket export.
    Syncro,
}

/// Column names of a ticket export; any left out come from the profile.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    /// Ticket id.
    pub id: Option<String>,
    /// Opened (created) date-time.
    pub opened: Option<String>,
    /// First response date-time.
    pub responded: Option<String>,
    /// Minutes from opening to first response, where the export gives no response time.
    pub response_minutes: Option<String>,
    /// Hours (decimal or h:mm:ss) from opening to first response (Freshservice).
    pub response_hours: Option<String>,
    /// Resolved date-time.
    pub resolved: Option<String>,
    /// Priority.
    pub priority: Option<String>,
    /// Ticket type.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Status.
    pub status: Option<String>,
    /// Minutes on hold, elapsed time (excluded from resolution on a 24x7 clock).
    pub on_hold_minutes: Option<String>,
    /// Minutes on hold within business hours (excluded from resolution on a business
    /// calendar's clock, where the export gives them).
    pub on_hold_business_minutes: Option<String>,
    /// Escalated (yes/no, true/false, 1/0) or a tier number (> 1 counts as escalated).
    pub escalated: Option<String>,
    /// Resolved at first contact (yes/no).
    pub first_contact: Option<String>,
    /// Reopened (yes/no, or a count).
    pub reopened: Option<String>,
    /// When the row was written: with one row per update, the latest row is the ticket.
    pub updated: Option<String>,
    /// The company the ticket is for (an export of several clients).
    pub company: Option<String>,
    /// The queue, board or group the ticket is worked in.
    pub queue: Option<String>,
}

/// What a bad row in a ticket export does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BadRows {
    /// Stop this client, listing every bad row.
    #[default]
    Fail,
    /// Leave bad rows out; the report counts and lists them.
    Skip,
}

/// The client.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientInfo {
    /// Name as printed on the cover.
    pub name: String,
    /// The language and formats of the client's reviews (`en-GB`, `de-DE`, `fr-CH`): the
    /// labels from the locale's message file, numbers and dates from CLDR.
    #[serde(default = "default_locale")]
    pub locale: String,
    /// IANA time zone; month boundaries are taken in it.
    pub timezone: String,
    /// The service delivery manager who presents the review.
    #[serde(default)]
    pub sdm: Option<String>,
}

fn yes() -> bool {
    true
}

fn default_locale() -> String {
    "en-GB".into()
}

/// Contract terms.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// Contract reference.
    pub id: String,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Notice period for renewal, in days.
    #[serde(default)]
    pub notice_days: Option<u32>,
    /// Months the contract runs on for when nobody gives notice by the deadline (it
    /// renews automatically, `auto_renew_months: 12`); absent: it ends on `end` unless
    /// a renewal is agreed. The review says which, next to the notice deadline.
    #[serde(default)]
    pub auto_renew_months: Option<u32>,
    /// Fee, used for service credits.
    #[serde(default)]
    pub fee: Option<Fee>,
    /// Devices under management.
    #[serde(default)]
    pub devices_covered: Option<u32>,
    /// Users covered (for tickets per user).
    #[serde(default)]
    pub users_covered: Option<u32>,
    /// The monthly price of each device beyond `devices_covered`, in the fee's currency:
    /// what the estate beyond the contract costs (the true-up).
    #[serde(default)]
    pub price_per_device: Option<f64>,
    /// The monthly price of each user beyond `users_covered`, in the fee's currency.
    #[serde(default)]
    pub price_per_user: Option<f64>,
    /// What an hour of unplanned downtime costs the client, by service as the
    /// availability figures name it (`{ ERP: 2400 }`): the business impact in money.
    #[serde(default)]
    pub downtime_cost_per_hour: BTreeMap<String, f64>,
    /// How service credits are paid, as the contract says (`Deducted from the next
    /// invoice.`): said beside the credits owed.
    #[serde(default)]
    pub credit_terms: Option<String>,
}

/// The contract fee.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// Monthly fee from the contract's start (until the first of `changes`).
    pub monthly: f64,
    /// ISO 4217 currency code.
    pub currency: String,
    /// Later fees, each in force from its date (`{ from: 2026-04-01, monthly: 19800 }`),
    /// in date order: what the portfolio's recurring revenue and its movements
    /// (expansion, contraction) are read from, and what a month's service credit is a
    /// share of.
    #[serde(default)]
    pub changes: Vec<FeeChange>,
}

/// A change of the monthly fee.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeChange {
    /// The first day of the new fee.
    pub from: Date,
    /// The monthly fee from that day.
    pub monthly: f64,
}

impl Fee {
    /// The monthly fee in force on a day (the base fee before any change).
    pub fn monthly_on(&self, day: chrono::NaiveDate) -> f64 {
        self.changes
            .iter()
            .rev()
            .find(|c| c.from.0 <= day)
            .map_or(self.monthly, |c| c.monthly)
    }
}

/// A business-hours calendar: the hours in which ticket SLA clocks run.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarDef {
    /// IANA time zone of the opening hours.
    pub timezone: String,
    /// Opening hours by day range: `mon-fri: "08:00-18:00"`, several intervals with commas.
    pub hours: BTreeMap<String, String>,
    /// Closed days.
    #[serde(default)]
    pub holidays: Vec<Date>,
    /// An iCalendar (.ics) file of closed days, relative to the client directory; its
    /// all-day events are added to `holidays` when the client is loaded.
    #[serde(default)]
    pub holidays_ics: Option<String>,
    /// Dates with hours of their own, instead of their weekday's: `2026-12-24:
    /// "09:00-13:00"` (Christmas Eve), a one-off Saturday, or `closed`.
    #[serde(default)]
    pub exceptions: BTreeMap<Date, String>,
}

/// A critical success factor: an outcome the client needs, measured by KPIs and SLAs.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Csf {
    /// Identifier used in period files and actions.
    pub id: String,
    /// The outcome, in the client's words.
    pub name: String,
    /// Optional longer description.
    #[serde(default)]
    pub description: Option<String>,
    /// KPI ids that measure it.
    #[serde(default)]
    pub kpis: Vec<String>,
    /// SLA ids that bear on it.
    #[serde(default)]
    pub slas: Vec<String>,
}

/// Whether higher or lower values are better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// Higher is better (FCR, CSAT).
    Higher,
    /// Lower is better (MTTR, devices not covered).
    Lower,
}

/// The unit a KPI is measured in; it decides formatting and the default aggregation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Percentage points (76.4 means 76.4%).
    Percent,
    /// A count of things.
    Count,
    /// Hours.
    Hours,
    /// Minutes.
    Minutes,
    /// Days.
    Days,
    /// Money in the contract's currency.
    Currency,
    /// A score (NPS −100..100, CES 1..7).
    Score,
    /// A plain number.
    Number,
}

/// A KPI's value in a period file: a number, or the numerator and denominator of a ratio
/// (`{ num: 392, den: 500 }`, so quarters recompute it from sums), or a mean with its count
/// (`{ value: 4.2, count: 130 }`, so quarters weight it).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum KpiValue {
    /// A plain value.
    Number(f64),
    /// A ratio's parts.
    Ratio {
        /// Numerator.
        num: f64,
        /// Denominator.
        den: f64,
    },
    /// A mean and how many it is the mean of.
    Weighted {
        /// The mean.
        value: f64,
        /// Its count.
        count: f64,
    },
}

/// How a KPI from the period files aggregates over a quarter or a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    /// Counts add up.
    Sum,
    /// Ratios are recomputed from summed numerators and denominators.
    Ratio,
    /// Means are weighted by their counts (equal weights for plain numbers).
    Mean,
    /// Levels take the last month's value.
    Last,
}

/// Where a KPI's monthly value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum KpiSource {
    /// The `kpis:` map of the period file.
    #[default]
    Period,
    /// CSAT computed from the period's `surveys.csat` scores.
    Csat,
    /// NPS computed from `surveys.nps`.
    Nps,
    /// CES computed from `surveys.ces`.
    Ces,
    /// Tickets opened in the month (from the ticket exports).
    #[serde(rename = "tickets-opened")]
    TicketsOpened,
    /// Tickets resolved in the month.
    #[serde(rename = "tickets-closed")]
    TicketsClosed,
    /// Tickets open at the end of the month.
    #[serde(rename = "tickets-backlog")]
    TicketsBacklog,
    /// Mean first-response time, hours in the tickets calendar.
    #[serde(rename = "tickets-response-mean")]
    TicketsResponseMean,
    /// Mean resolution time, hours in the tickets calendar, on-hold excluded.
    #[serde(rename = "tickets-resolution-mean")]
    TicketsResolutionMean,
    /// Median resolution time, hours.
    #[serde(rename = "tickets-resolution-median")]
    TicketsResolutionMedian,
    /// 90th percentile resolution time, hours.
    #[serde(rename = "tickets-resolution-p90")]
    TicketsResolutionP90,
    /// First-contact resolution, % of tickets resolved in the month.
    #[serde(rename = "tickets-fcr")]
    TicketsFcr,
    /// Escalation rate, % of tickets opened in the month.
    #[serde(rename = "tickets-escalation")]
    TicketsEscalation,
    /// Reopen rate, % of tickets resolved in the month.
    #[serde(rename = "tickets-reopen")]
    TicketsReopen,
    /// Tickets opened per covered device (contract `devices_covered`).
    #[serde(rename = "tickets-per-device")]
    TicketsPerDevice,
    /// Tickets opened per covered user (contract `users_covered`).
    #[serde(rename = "tickets-per-user")]
    TicketsPerUser,
}

impl KpiSource {
    /// Whether the value comes from the ticket exports.
    pub fn is_tickets(self) -> bool {
        !matches!(
            self,
            KpiSource::Period | KpiSource::Csat | KpiSource::Nps | KpiSource::Ces
        )
    }
}

/// A key performance indicator.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    /// Identifier used in CSFs and period files.
    pub id: String,
    /// Name as shown.
    pub name: String,
    /// Unit.
    pub unit: Unit,
    /// Direction of improvement.
    pub better: Better,
    /// Target: met means green (required).
    // Read as optional, so that a KPI without one is a located error naming the KPI; the
    // schema requires it, as the loader does.
    #[schemars(required)]
    pub target: Option<f64>,
    /// Warning threshold: not met but within it means amber; beyond it, red.
    #[serde(default)]
    pub warning: Option<f64>,
    /// Where the value comes from.
    #[serde(default)]
    pub from: KpiSource,
    /// Decimals shown (default by unit).
    #[serde(default)]
    pub decimals: Option<u32>,
    /// How it aggregates over a quarter or year (default: `sum` for counts, `ratio` when
    /// the period files give `{num, den}`, else `mean`). Survey and ticket KPIs are
    /// recomputed from the pooled responses or tickets.
    #[serde(default)]
    pub aggregate: Option<Aggregate>,
    /// Optional explanation printed under the KPI table.
    /// Whether a figure typed by hand is compared with the ticket exports' measure of
    /// the same thing (mean resolution or response time, first-contact, escalation and
    /// reopen rates, backlog), recognised by the KPI's name; `false` when the typed
    /// figure deliberately counts something else.
    #[serde(default = "yes")]
    pub reconcile: bool,
    #[serde(default)]
    pub description: Option<String>,
}

/// What an SLA measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SlaKind {
    /// Tickets of a priority against a response or resolution target.
    #[default]
    Tickets,
    /// A service's uptime against a percentage.
    Availability,
}

/// Which ticket clock an SLA runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Clock {
    /// Opened → first response.
    Response,
    /// Opened → resolved, minus on-hold time.
    Resolution,
}

/// A service level agreement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sla {
    /// Identifier used in period files.
    pub id: String,
    /// Name as shown.
    pub name: String,
    /// Tickets (default) or availability.
    #[serde(default)]
    pub kind: SlaKind,
    /// Ticket priority (tickets SLAs).
    #[serde(default)]
    pub priority: Option<String>,
    /// Response or resolution (tickets SLAs).
    #[serde(default)]
    pub clock: Option<Clock>,
    /// Target duration (tickets SLAs).
    #[serde(default)]
    pub within: Option<DurationSpec>,
    /// Calendar id, or `24x7` (tickets SLAs).
    #[serde(default)]
    pub calendar: Option<String>,
    /// The service (availability SLAs); its period data is `availability.<service>`.
    #[serde(default)]
    pub service: Option<String>,
    /// Share of tickets (or of time) that must meet the standard.
    pub goal: Percent,
    /// Service-credit tiers (availability and tickets SLAs alike).
    #[serde(default)]
    pub credits: Vec<CreditTier>,
    /// Ticket types the SLA applies to (tickets SLAs; empty: every type).
    #[serde(default)]
    pub types: Vec<String>,
}

/// A service-credit tier: when the result is below `below`, `credit` of the monthly fee.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditTier {
    /// Threshold.
    pub below: Percent,
    /// Share of the monthly fee credited.
    pub credit: Percent,
}

/// `clients/<slug>/periods/YYYY-MM.yaml`: one month's data.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodData {
    /// KPI values by id; `null` or absent means no data.
    #[serde(default)]
    pub kpis: BTreeMap<String, Option<KpiValue>>,
    /// Ticket SLA results by SLA id, as the PSA's SLA report gives them.
    #[serde(default)]
    pub slas: BTreeMap<String, SlaCounts>,
    /// Availability by service.
    #[serde(default)]
    pub availability: BTreeMap<String, Availability>,
    /// Raw survey responses.
    #[serde(default)]
    pub surveys: Surveys,
    /// The SDM's notes for the month.
    #[serde(default)]
    pub notes: Option<String>,
    /// The CSI register as it stands at the end of the month.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// The client's estate at the end of the month, as the RMM and the directory count
    /// it (`{ devices: 431, users: 262 }`): set against the contract's `devices_covered`
    /// and `users_covered`, what is managed but not paid for.
    #[serde(default)]
    pub estate: Option<Estate>,
    /// Major incidents and notable changes of the month.
    #[serde(default)]
    pub events: Vec<Event>,
    /// The risk register as it stands at the end of the month (carried from month to
    /// month like `actions`).
    #[serde(default)]
    pub risks: Vec<Risk>,
    /// The technology roadmap as it stands at the end of the month.
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
}

/// Devices and users found in the client's estate at the end of a month.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Estate {
    /// Devices (endpoints and servers) the RMM tool sees.
    #[serde(default)]
    pub devices: Option<u32>,
    /// User accounts in the client's directory.
    #[serde(default)]
    pub users: Option<u32>,
}

/// Ticket SLA counts for a month.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SlaCounts {
    /// Tickets that met the target.
    pub met: u64,
    /// Tickets that breached it.
    pub breached: u64,
    /// Tickets still open and within target at the cut-off.
    #[serde(default)]
    pub pending: u64,
}

/// A service's availability for a month.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Availability {
    /// Unplanned downtime.
    pub downtime_minutes: f64,
    /// Agreed maintenance, excluded from scheduled time and from downtime.
    #[serde(default)]
    pub maintenance_minutes: f64,
    /// Scheduled minutes, when the service is not due around the clock (default: every
    /// minute of the month in the client's time zone).
    #[serde(default)]
    pub scheduled_minutes: Option<f64>,
}

/// Raw survey responses for a month.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Surveys {
    /// CSAT responses on a 1–5 scale.
    #[serde(default)]
    pub csat: Vec<u8>,
    /// NPS responses on a 0–10 scale.
    #[serde(default)]
    pub nps: Vec<u8>,
    /// CES responses on a 1–7 scale.
    #[serde(default)]
    pub ces: Vec<u8>,
}

/// State of a CSI action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    /// Agreed, not started.
    Open,
    /// Being worked on.
    InProgress,
    /// Finished.
    Done,
    /// Dropped.
    Cancelled,
}

/// A continuous service improvement action.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Register id (`CSI-12`).
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// Who.
    #[serde(default)]
    pub owner: Option<String>,
    /// By when.
    #[serde(default)]
    pub due: Option<Date>,
    /// State at the end of the month.
    pub status: ActionStatus,
    /// When it was opened.
    #[serde(default)]
    pub opened: Option<Date>,
    /// When it was closed (done or cancelled).
    #[serde(default)]
    pub closed: Option<Date>,
    /// Linked CSF id.
    #[serde(default)]
    pub csf: Option<String>,
    /// Linked KPI id.
    #[serde(default)]
    pub kpi: Option<String>,
    /// Linked SLA id: the action answers that SLA's misses.
    #[serde(default)]
    pub sla: Option<String>,
}

/// Parses `#RRGGBB`.
pub fn parse_colour(s: &str) -> Option<(u8, u8, u8)> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// A client definition that passed validation, with what was derived from it.
#[derive(Debug, Clone)]
pub struct Client {
    /// The directory name, used in output file names.
    pub slug: String,
    /// The client's directory.
    pub dir: std::path::PathBuf,
    /// The definition as written.
    pub def: ClientDef,
    /// The client's time zone, parsed.
    pub tz: chrono_tz::Tz,
}

impl Client {
    /// The period file of a month.
    pub fn period_path(&self, month: Month) -> std::path::PathBuf {
        self.dir.join("periods").join(format!("{month}.yaml"))
    }
}

/// A row that was left out (with `bad_rows: skip`), as the report lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SkippedRow {
    /// The export file name.
    pub file: String,
    /// 1-based line in the file.
    pub line: u64,
    /// Why.
    pub reason: String,
}
