//! The evaluated review: one plain serialisable struct holding every figure a report
//! shows. The JSON output, the data handed to typst, the charts and the e-mail are all
//! views of it; nothing downstream computes a figure.
//!
//! Fractions (attainment, goal, uptime, CSAT) are 0–1; KPI values are in the KPI's own
//! unit (a `percent` KPI of 75 means 75%). Every shown number also has its text form
//! (`*_text`), formatted so that it never rounds across a goal or target.

use serde::Serialize;

use crate::model::{Better, Month, Unit};
use crate::period::Period;

/// The kind of review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The monthly service review.
    Monthly,
    /// The quarterly business review.
    Qbr,
    /// The annual review and renewal pack.
    Annual,
}

/// RAG status of a KPI or CSF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Target met.
    Green,
    /// Not met, but within the warning threshold.
    Amber,
    /// Beyond the warning threshold (or not met, without one).
    Red,
    /// No value for the period.
    NoData,
}

impl Status {
    /// Its message id (the label of the status in the locale files).
    pub fn key(self) -> &'static str {
        match self {
            Status::Green => "green",
            Status::Amber => "amber",
            Status::Red => "red",
            Status::NoData => "no-data",
        }
    }
}

/// Whether a change is for the better, judged by the KPI's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Moved the better way.
    Improving,
    /// Moved the worse way.
    Worsening,
    /// No change worth the name (below the KPI's shown precision).
    Steady,
}

/// Which way a figure moved, as shown (the arrow); whether that is better or worse is
/// a [`Direction`] (the colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Arrow {
    /// The shown figure went up.
    Up,
    /// The shown figure went down.
    Down,
    /// The shown figures are equal.
    Flat,
}

/// The whole evaluated review.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    /// Always `monthly` for now.
    pub kind: Kind,
    /// The period reviewed.
    pub period: PeriodInfo,
    /// The MSP.
    pub provider: ProviderInfo,
    /// The client and contract.
    pub client: ClientInfo,
    /// Executive summary, written from the figures below.
    pub summary: Summary,
    /// Critical success factors with their status.
    pub csfs: Vec<CsfResult>,
    /// Every KPI, in the order of `client.yaml`.
    pub kpis: Vec<KpiResult>,
    /// Every SLA, in the order of `client.yaml`.
    pub slas: Vec<SlaResult>,
    /// Survey scores of the period.
    pub surveys: SurveyResults,
    /// Continuous service improvement register, as of the period.
    pub actions: Actions,
    /// The SDM's notes for the period.
    pub notes: Option<String>,
    /// The notes of each month of a quarter or year that has them, oldest first: what
    /// happened, as the SDM wrote it at the time (a monthly review has its month's in
    /// `notes`).
    pub month_notes: Vec<MonthNote>,
    /// Figures from the ticket exports, when the client has them.
    pub tickets: Option<TicketsView>,
    /// What the SDM wrote for a QBR or annual review (`reviews/<period>.yaml`).
    pub narrative: Option<crate::model::ReviewNotes>,
    /// Contract terms and the renewal timeline.
    pub contract: ContractView,
    /// Differences from the review presented last time (its published snapshot).
    pub restated: Vec<Restatement>,
    /// Each SLA missed and KPI off target in the period, with the actions of the CSI
    /// register that answer it (none: no action recorded).
    pub misses: Vec<Miss>,
    /// KPIs typed by hand whose figure the ticket exports measure differently, beyond
    /// the tolerance (see `evaluate::reconcile`).
    pub reconciliation: Vec<Reconciliation>,
    /// What the client is asked to decide, and the money at stake, most pressing first.
    pub decisions: Vec<Decision>,
    /// Major incidents and notable changes of the period, oldest first.
    pub events: Vec<EventView>,
    /// Unplanned downtime of the period in hours and, where the client gave the cost of
    /// an hour, in money.
    pub impact: Option<Impact>,
    /// The risk register as of the end of the period.
    pub risks: RiskRegister,
    /// The roadmap and the budget forecast of the quarters after the period.
    pub plan: Option<Plan>,
    /// The renewal proposed in an annual review, with its economics.
    pub renewal: Option<RenewalView>,
    /// Where each figure comes from, for an auditor.
    pub sources: Vec<SourceNote>,
}

/// Something the client is asked to decide or should know costs money.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// `notice`, `credits`, `estate`, `initiative`, `renewal` or `ask`.
    pub topic: String,
    /// What it is about, in a line.
    pub title_text: String,
    /// What it means, in a sentence.
    pub detail_text: Option<String>,
    /// By when, shown.
    pub due_text: Option<String>,
    /// The money at stake, shown.
    pub amount_text: Option<String>,
    /// Whether it is due within 30 days of the end of the period (or overdue).
    pub urgent: bool,
}

/// An event of the period.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    /// `2026-02-11`.
    pub date: String,
    /// Shown.
    pub date_text: String,
    /// `incident`, `change` or `security`.
    pub kind: String,
    /// Its label.
    pub kind_text: String,
    /// One line.
    pub title: String,
    /// `minor`, `major` or `critical`.
    pub severity: Option<String>,
    /// Its label.
    pub severity_text: Option<String>,
    /// The services affected, joined.
    pub services_text: Option<String>,
    /// `120 users affected`.
    pub users_text: Option<String>,
    /// `5 h 00 min`.
    pub duration_text: Option<String>,
    /// Cause.
    pub cause: Option<String>,
    /// The actions that answer it.
    pub actions: Vec<MissAction>,
}

/// Unplanned downtime and what it cost.
#[derive(Debug, Clone, Serialize)]
pub struct Impact {
    /// One row per service with availability figures in the period.
    pub services: Vec<ImpactRow>,
    /// Hours of unplanned downtime, all services.
    pub hours: f64,
    /// Shown.
    pub hours_text: String,
    /// What it cost, where every service with downtime has a cost per hour.
    pub cost: Option<f64>,
    /// Shown.
    pub cost_text: Option<String>,
    /// The impact in a sentence.
    pub text: String,
}

/// One service's downtime.
#[derive(Debug, Clone, Serialize)]
pub struct ImpactRow {
    /// The service, as the availability figures name it.
    pub service: String,
    /// Minutes of unplanned downtime over the period.
    pub minutes: f64,
    /// Shown (`5 h 12 min`).
    pub downtime_text: String,
    /// The client's cost of an hour, shown.
    pub rate_text: Option<String>,
    /// minutes / 60 × rate.
    pub cost: Option<f64>,
    /// Shown.
    pub cost_text: Option<String>,
}

/// The risk register as of the end of the period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RiskRegister {
    /// Risks not closed, highest score first.
    pub open: Vec<RiskView>,
    /// Risks closed in the period.
    pub closed: Vec<RiskView>,
    /// Open risks by impact (rows, 5 first) and likelihood (columns, 1 first).
    pub grid: Vec<Vec<usize>>,
    /// The level of each cell of the grid (its likelihood × impact), as the grid is laid out.
    pub grid_levels: Vec<Vec<Status>>,
    /// What changed since the register at the end of the previous period, in sentences.
    pub changes_text: Vec<String>,
}

/// One risk.
#[derive(Debug, Clone, Serialize)]
pub struct RiskView {
    /// Register id.
    pub id: String,
    /// One line.
    pub title: String,
    /// Its category's label.
    pub category_text: String,
    /// 1–5.
    pub likelihood: u8,
    /// 1–5.
    pub impact: u8,
    /// likelihood × impact, 1–25.
    pub score: u8,
    /// `red` (15 and over), `amber` (8–14) or `green`.
    pub level: Status,
    /// Owner.
    pub owner: Option<String>,
    /// Mitigation.
    pub mitigation: Option<String>,
    /// Its state, shown.
    pub status_text: String,
    /// Next review, shown (`overdue` when before the end of the period).
    pub next_review_text: Option<String>,
    /// Initiatives of the roadmap that reduce it.
    pub initiatives: Vec<String>,
}

/// The roadmap and its budget.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// Initiatives still ahead (not done or declined), by quarter.
    pub initiatives: Vec<InitiativeView>,
    /// Initiatives done in the period.
    pub done: Vec<InitiativeView>,
    /// The forecast, one entry per quarter after the period.
    pub quarters: Vec<BudgetQuarter>,
    /// The forecast's totals.
    pub total: BudgetQuarter,
    /// Devices already past their refresh date at the end of the period (counted in the
    /// first quarter of the forecast).
    pub devices_overdue: usize,
    /// Devices on the list.
    pub devices: usize,
    /// The device list in a sentence (`38 of 212 devices are due for replacement …`).
    pub devices_text: Option<String>,
}

/// One initiative.
#[derive(Debug, Clone, Serialize)]
pub struct InitiativeView {
    /// Roadmap id.
    pub id: String,
    /// One line.
    pub title: String,
    /// Its category's label.
    pub category_text: String,
    /// `2027-Q1`.
    pub quarter: String,
    /// `Q1 2027`.
    pub quarter_text: String,
    /// Shown one-off cost.
    pub one_off_text: Option<String>,
    /// Shown recurring cost (`£450 a month`).
    pub monthly_text: Option<String>,
    /// `proposed`, `approved`…
    pub status: String,
    /// Its label.
    pub status_text: String,
    /// The decision asked for.
    pub decision: Option<String>,
    /// By when, shown.
    pub decide_by_text: Option<String>,
    /// Names of the risks and CSFs it serves.
    pub serves: Vec<String>,
}

/// The budget of one quarter.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetQuarter {
    /// `Q1 2027` (or the total's label).
    pub label: String,
    /// One-off initiative costs.
    pub one_off: f64,
    /// Recurring initiative costs over the quarter.
    pub recurring: f64,
    /// Devices due for replacement.
    pub refresh_devices: usize,
    /// Their cost.
    pub refresh: f64,
    /// The sum.
    pub total: f64,
    /// Shown figures, whole units.
    pub one_off_text: String,
    /// Shown.
    pub recurring_text: String,
    /// Shown.
    pub refresh_text: String,
    /// Shown.
    pub total_text: String,
}

/// The renewal proposed in an annual review, against the contract in force.
#[derive(Debug, Clone, Serialize)]
pub struct RenewalView {
    /// `36 months from 1 February 2027`.
    pub term_text: String,
    /// The annual fee now, shown.
    pub current_annual_text: Option<String>,
    /// Service credits of the year reviewed, shown.
    pub credits_text: Option<String>,
    /// The estate beyond the contract, for a year at its prices, shown.
    pub true_up_text: Option<String>,
    /// The proposed annual fee, shown.
    pub proposed_annual_text: String,
    /// Proposed against now (+ true-up when the proposal covers the estate), signed.
    pub change_text: Option<String>,
    /// Devices and users the proposal covers, in words.
    pub covers_text: Option<String>,
    /// Scope changes.
    pub scope: Vec<String>,
    /// The economics in a sentence.
    pub text: String,
}

/// A source of the review's figures.
#[derive(Debug, Clone, Serialize)]
pub struct SourceNote {
    /// What it is (`Ticket exports`).
    pub title_text: String,
    /// What was read, and how it counts.
    pub text: String,
}

/// An SLA missed or a KPI off target, and what answers it.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// `sla` or `kpi`.
    pub kind: String,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The period's figure, as shown.
    pub figure_text: String,
    /// The register's actions linked to it (`sla:` or `kpi:`); cancelled actions do
    /// not answer anything.
    pub actions: Vec<MissAction>,
}

/// An action that answers a miss.
#[derive(Debug, Clone, Serialize)]
pub struct MissAction {
    /// Register id.
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// Its state, in words.
    pub status_text: String,
}

/// A KPI typed in the period files against the ticket exports' figure for the same
/// measure over the same period.
#[derive(Debug, Clone, Serialize)]
pub struct Reconciliation {
    /// KPI id.
    pub kpi: String,
    /// KPI name.
    pub name: String,
    /// The typed figure, in the KPI's unit.
    pub typed: f64,
    /// Its text, as the KPI table shows it.
    pub typed_text: String,
    /// The tickets' figure, in the KPI's unit.
    pub measured: f64,
    /// Its text.
    pub measured_text: String,
    /// Tickets the measure counts, where it counts tickets.
    pub tickets: Option<usize>,
    /// What each figure covers, as a sentence.
    pub text: String,
}

/// Contract terms as the annual review shows them.
#[derive(Debug, Clone, Serialize)]
pub struct ContractView {
    /// Contract id.
    pub id: String,
    /// End date, shown.
    pub end_text: String,
    /// Notice period in days.
    pub notice_days: Option<u32>,
    /// Last day to give notice (end − notice period), shown.
    pub notice_deadline_text: Option<String>,
    /// Days from the end of the period reviewed to the notice deadline (negative: passed).
    pub days_to_notice_deadline: Option<i64>,
    /// Those days in words (`32 days after the end of the period`).
    pub days_to_notice_text: Option<String>,
    /// What happens if nobody acts by the notice deadline, in words (`Unless notice is
    /// given by then, the contract renews for 12 months, to January 31, 2028.`).
    pub by_default_text: Option<String>,
    /// Whether the renewal is close enough to show in a QBR: the notice deadline falls
    /// within two quarters of the end of the period and the contract has not ended.
    pub renewal_due: bool,
    /// Annual value (12 × the monthly fee), shown.
    pub annual_value_text: Option<String>,
    /// Devices covered.
    pub devices_covered: Option<u32>,
    /// Shown (`1,350`).
    pub devices_covered_text: Option<String>,
    /// Service credits over the period reviewed, shown.
    pub credits_text: Option<String>,
    /// The estate against what the contract covers, at the latest month of the period
    /// that counted it.
    pub coverage: Option<Coverage>,
    /// What the devices and users beyond the contract cost a month at its prices (none:
    /// nothing beyond it, or no price for what is).
    pub beyond_monthly: Option<f64>,
    /// Its text.
    pub beyond_monthly_text: Option<String>,
    /// The estate beyond the contract in a sentence (none: nothing beyond it).
    pub beyond_text: Option<String>,
}

/// Devices and users in the client's estate against those the contract covers.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Coverage {
    /// The month counted (`2026-10`).
    pub as_of: String,
    /// Devices counted.
    pub devices: Option<u32>,
    /// Devices the contract covers.
    pub devices_covered: Option<u32>,
    /// Devices counted beyond those covered (none: either is unknown).
    pub devices_not_covered: Option<u32>,
    /// Users counted.
    pub users: Option<u32>,
    /// Users the contract covers.
    pub users_covered: Option<u32>,
    /// Users counted beyond those covered.
    pub users_not_covered: Option<u32>,
}

/// One month's notes, as its monthly review showed them.
#[derive(Debug, Clone, Serialize)]
pub struct MonthNote {
    /// The month (`2026-02`).
    pub month: String,
    /// Its name in the reader's language (`February 2026`).
    pub label: String,
    /// The notes.
    pub text: String,
}

/// A figure that differs from what an earlier published review showed for the same
/// period (a month's data or a definition was corrected since).
#[derive(Debug, Clone, Serialize)]
pub struct Restatement {
    /// KPI or SLA name.
    pub name: String,
    /// The period the figure is for.
    pub period: String,
    /// As presented then.
    pub presented: String,
    /// As computed now.
    pub now: String,
}

/// What the ticket exports say about the period.
#[derive(Debug, Clone, Serialize)]
pub struct TicketsView {
    /// Rows read from the exports.
    pub rows: u64,
    /// Opened in the month.
    pub opened: usize,
    /// Resolved in the month.
    pub closed: usize,
    /// Open at the end of the month.
    pub backlog: usize,
    /// Shown opened count (`1,278`).
    pub opened_text: String,
    /// Shown resolved count.
    pub closed_text: String,
    /// Shown backlog.
    pub backlog_text: String,
    /// Whether the tickets are timed on a business calendar (else business and elapsed
    /// times are the same, and only elapsed times are listed).
    pub business_hours: bool,
    /// Opened per month over the charted months (`period.chart_months`; null before the
    /// exports begin).
    pub history_opened: Vec<Option<usize>>,
    /// Resolved per month.
    pub history_closed: Vec<Option<usize>>,
    /// Backlog at each month end.
    pub history_backlog: Vec<Option<usize>>,
    /// First response and resolution times, shown.
    pub times: Vec<TimeRow>,
    /// First-contact resolution % (of resolved tickets with the flag), shown.
    pub fcr_text: Option<String>,
    /// Escalation % (of opened tickets with the flag), shown.
    pub escalation_text: Option<String>,
    /// Reopen % (of resolved tickets with the flag), shown.
    pub reopen_text: Option<String>,
    /// Breached and pending tickets of every ticket SLA, worst first within each SLA.
    pub breaches: Vec<BreachView>,
    /// Rows left out (`bad_rows: skip`), with the reason.
    pub skipped: Vec<crate::model::SkippedRow>,
    /// `3 rows of the ticket exports were skipped …`.
    pub skipped_text: Option<String>,
}

/// One line of the response/resolution time table.
#[derive(Debug, Clone, Serialize)]
pub struct TimeRow {
    /// `first_response` or `resolution_time` (locale label keys).
    pub measure: String,
    /// `business` or `elapsed`.
    pub basis: String,
    /// Tickets measured.
    pub count: usize,
    /// Shown.
    pub count_text: String,
    /// Mean, in hours.
    pub mean: Option<f64>,
    /// Median, in hours.
    pub median: Option<f64>,
    /// 90th percentile, in hours.
    pub p90: Option<f64>,
    /// Shown mean (`2 h 05 min`).
    pub mean_text: Option<String>,
    /// Shown median.
    pub median_text: Option<String>,
    /// Shown 90th percentile.
    pub p90_text: Option<String>,
}

/// A ticket that breached an SLA, or is pending against it.
#[derive(Debug, Clone, Serialize)]
pub struct BreachView {
    /// SLA id.
    pub sla: String,
    /// SLA name.
    pub sla_name: String,
    /// Ticket id.
    pub ticket: String,
    /// Opened, in the client's time zone (`2026-10-03T14:05:00`).
    pub opened: String,
    /// Shown (`3 October 2026 14:05`).
    pub opened_text: String,
    /// The target (`15m`).
    pub target_text: String,
    /// The clock reading (`2 h 30 min`).
    pub actual_text: String,
    /// By how much over (`+2 h 15 min`); none when pending.
    pub over_text: Option<String>,
    /// Breached, or pending (open and within target at the cut-off).
    pub pending: bool,
    /// Open at the cut-off.
    pub open: bool,
}

/// The period of the review.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodInfo {
    /// `2026-10`, `2026-Q3`, `2026` (or `2026-04..2027-03` for a contract year).
    pub id: Period,
    /// `October 2026`, `Q3 2026`.
    pub label: String,
    /// First day, `2026-10-01`.
    pub start: String,
    /// Last day, `2026-10-31`.
    pub end: String,
    /// The periods of the trend window, oldest first, ending with this one (12 months,
    /// 5 quarters or 2 years).
    pub months: Vec<Period>,
    /// Short labels of those periods (`Nov 25`, `Q3 26`).
    pub month_labels: Vec<String>,
    /// Short labels of the months inside the period (QBR and annual).
    pub in_period: Vec<String>,
    /// The previous period, in words (`Q2 2026`).
    pub previous_label: String,
    /// The same period a year before (`Q3 2025`).
    pub year_ago_label: String,
    /// The months every chart shows, oldest first: the twelve months ending with the
    /// period's last month (`Nov 25` … `Oct 26`).
    pub chart_months: Vec<String>,
    /// Whether each charted month is in the period reviewed.
    pub chart_in_period: Vec<bool>,
    /// The next period of the same kind (`Q4 2026`), for "next review".
    pub next_label: String,
    /// The issue date, `2026-11-02`: `--issued`, else when the figures stand (the
    /// ticket exports' as-of time) when that is after the period, else its last day.
    pub issued: String,
    /// Shown.
    pub issued_text: String,
    /// `Figures as of 2 November 2026`, when the review is issued after its period (its
    /// ticket outcomes count up to then).
    pub figures_as_of_text: Option<String>,
}

/// The MSP presenting the review.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderInfo {
    /// Name.
    pub name: String,
    /// Primary colour `#RRGGBB`.
    pub primary: String,
    /// Accent colour `#RRGGBB`.
    pub accent: String,
    /// Contact line for the cover.
    pub contact: Option<String>,
    /// Whether a logo is served to the template at `/logo.<ext>`.
    pub logo: Option<String>,
}

/// The client and its contract.
#[derive(Debug, Clone, Serialize)]
pub struct ClientInfo {
    /// Display name.
    pub name: String,
    /// Directory name.
    pub slug: String,
    /// The service delivery manager.
    pub sdm: Option<String>,
    /// IANA time zone.
    pub timezone: String,
    /// BCP 47 locale (`en-GB`).
    pub locale: String,
    /// Contract id.
    pub contract_id: String,
    /// Contract start, `YYYY-MM-DD`.
    pub contract_start: String,
    /// Contract end, `YYYY-MM-DD`.
    pub contract_end: String,
    /// Contract start, shown.
    pub contract_start_text: String,
    /// Contract end, shown.
    pub contract_end_text: String,
    /// Monthly fee in force at the end of the period, if given.
    pub monthly_fee: Option<f64>,
    /// ISO currency of the fee.
    pub currency: Option<String>,
}

/// The executive summary.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// CSFs by status.
    pub csfs: StatusCounts,
    /// KPIs by status.
    pub kpis: StatusCounts,
    /// SLAs met.
    pub slas_met: usize,
    /// SLAs missed.
    pub slas_missed: usize,
    /// SLAs with nothing to measure this period.
    pub slas_no_data: usize,
    /// Ids of the SLAs missed.
    pub missed: Vec<String>,
    /// The biggest KPI movements against the previous month, largest first (up to 3).
    pub top_changes: Vec<TopChange>,
    /// Service credits owed for the period, summed over SLAs.
    pub credits_total: Option<f64>,
    /// Its text.
    pub credits_total_text: Option<String>,
    /// The summary as sentences, from the locale's narrative template.
    pub sentences: Vec<String>,
    /// How many of the first `sentences` say what `decisions` also lists (the notice
    /// deadline, the estate beyond the contract): a view that shows both skips them.
    pub decision_sentences: usize,
}

/// Counts of items by status.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StatusCounts {
    /// Green.
    pub green: usize,
    /// Amber.
    pub amber: usize,
    /// Red.
    pub red: usize,
    /// No data.
    pub no_data: usize,
}

/// One of the biggest changes of the period.
#[derive(Debug, Clone, Serialize)]
pub struct TopChange {
    /// KPI id.
    pub kpi: String,
    /// KPI name.
    pub name: String,
    /// Improving or worsening.
    pub direction: Direction,
    /// Which way the shown figure moved.
    pub arrow: Arrow,
    /// Previous value's text.
    pub from_text: String,
    /// This period's value text.
    pub to_text: String,
    /// The change's text, signed (`+4.2 pts`).
    pub change_text: String,
    /// The actions of the CSI register linked to the KPI (`kpi:`), cancelled ones aside.
    pub actions: Vec<MissAction>,
    /// Whether the SDM's notes of the period name the KPI.
    pub in_notes: bool,
    /// What explains the move, in words; none when nothing does (said on the page, and a
    /// warning from `validate` for a move for the worse).
    pub explained_text: Option<String>,
}

/// A CSF and how it stands.
#[derive(Debug, Clone, Serialize)]
pub struct CsfResult {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// The worst status among its KPIs and SLAs that have data; no-data if none has.
    pub status: Status,
    /// Its KPIs, evaluated (copies of the entries of `Review::kpis`).
    pub kpis: Vec<KpiResult>,
    /// Ids of its SLAs.
    pub slas: Vec<String>,
    /// Its SLAs with their results.
    pub sla_results: Vec<CsfSla>,
}

/// An SLA as a CSF lists it.
#[derive(Debug, Clone, Serialize)]
pub struct CsfSla {
    /// SLA id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Met (green), missed (red) or nothing to measure.
    pub status: Status,
    /// Shown attainment.
    pub attainment_text: String,
    /// Shown goal.
    pub goal_text: String,
}

/// A KPI's value for the period and its trend.
#[derive(Debug, Clone, Serialize)]
pub struct KpiResult {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: Unit,
    /// Which way is better.
    pub better: Better,
    /// Decimals the KPI is shown with at least.
    pub decimals: usize,
    /// This period's value; null when there is none (never shown as zero).
    pub value: Option<f64>,
    /// The target.
    pub target: f64,
    /// The warning threshold.
    pub warning: Option<f64>,
    /// RAG status.
    pub status: Status,
    /// Last month's status.
    pub previous_status: Status,
    /// Last month's value.
    pub previous: Option<f64>,
    /// `value - previous`, in the KPI's unit (percentage points for percent KPIs).
    pub change: Option<f64>,
    /// Whether that change is for the better.
    pub change_direction: Option<Direction>,
    /// Which way the shown figure moved.
    pub change_arrow: Option<Arrow>,
    /// Why there is no comparison with the previous period, when it is incomplete.
    pub previous_note: Option<String>,
    /// The same month a year before.
    pub year_ago: Option<f64>,
    /// `value - year_ago`.
    pub change_year: Option<f64>,
    /// Whether that change is for the better.
    pub change_year_direction: Option<Direction>,
    /// Which way the shown figure moved against a year ago.
    pub change_year_arrow: Option<Arrow>,
    /// Why there is no comparison with a year ago, when that period is incomplete.
    pub year_ago_note: Option<String>,
    /// Least-squares slope over the trend window, per month (needs 3+ values).
    pub trend_per_month: Option<f64>,
    /// Whether the trend is for the better.
    pub trend_direction: Option<Direction>,
    /// Values over the trend window, aligned with `period.months`.
    pub history: Vec<Option<f64>>,
    /// Those values as shown.
    pub history_text: Vec<Option<String>>,
    /// The value of each month of a quarter or year, as shown (empty for a month).
    pub by_month: Vec<Option<String>>,
    /// Those values.
    pub by_month_values: Vec<Option<f64>>,
    /// Each charted month's value (`period.chart_months`), judged against the monthly
    /// target.
    pub monthly: Vec<Option<f64>>,
    /// Those values as shown.
    pub monthly_text: Vec<Option<String>>,
    /// The target of one month (a summed KPI's period target is this times the months).
    pub monthly_target: f64,
    /// The warning threshold of one month.
    pub monthly_warning: Option<f64>,
    /// Shown.
    pub monthly_target_text: String,
    /// Survey responses behind the value, for survey KPIs.
    pub responses: Option<usize>,
    /// `12 responses`.
    pub responses_text: Option<String>,
    /// `Target 20 a month` beside the chart, when the monthly target differs from the
    /// period's.
    pub monthly_target_note: Option<String>,
    /// A level (`aggregate: last`): over a quarter or year the value is the last
    /// month's, shown as "at the end of the period".
    pub at_period_end: bool,
    /// A level over a quarter or year: the months of the period whose own value was not
    /// on target (amber or red), when any was; the period's value, its last month's,
    /// would hide them.
    pub months_off_target: Option<usize>,
    /// Its text (`not on target in 4 of 12 months`).
    pub months_off_target_text: Option<String>,
    /// Shown value (`78.4%`), or the locale's "no data".
    pub value_text: String,
    /// Shown target (`75%`).
    pub target_text: String,
    /// Shown previous value.
    pub previous_text: Option<String>,
    /// Shown change (`+2.1 pts`).
    pub change_text: Option<String>,
    /// Shown year-ago value.
    pub year_ago_text: Option<String>,
    /// Shown change against a year ago.
    pub change_year_text: Option<String>,
    /// An annual review: the year's first quarter against its last (three months each),
    /// the trend inside the year whether or not the year before can be compared.
    pub in_year: Option<InYear>,
    /// An annual review whose year before is partial: the same months of both years,
    /// when the year before has a run of them (at least three).
    pub same_months: Option<SameMonths>,
}

/// A KPI over the months the year before has data for, against the same months now.
#[derive(Debug, Clone, Serialize)]
pub struct SameMonths {
    /// The first of those months, a year before (`2024-11`).
    pub from: Month,
    /// The last of them.
    pub to: Month,
    /// How many.
    pub months: usize,
    /// The value over them, the year before.
    pub then: f64,
    /// The value over the same months of the year reviewed.
    pub now: f64,
    /// Shown.
    pub then_text: String,
    /// Shown.
    pub now_text: String,
    /// The shown change.
    pub change_text: String,
    /// Which way the shown figure moved.
    pub arrow: Arrow,
    /// Whether that is for the better.
    pub direction: Direction,
    /// Which months, in a sentence.
    pub note: String,
}

/// A KPI's first quarter of a year against its last.
#[derive(Debug, Clone, Serialize)]
pub struct InYear {
    /// The first three months' value.
    pub first: f64,
    /// The last three months' value.
    pub last: f64,
    /// Shown.
    pub first_text: String,
    /// Shown.
    pub last_text: String,
    /// The shown change, signed.
    pub change_text: String,
    /// Which way the shown figure moved.
    pub arrow: Arrow,
    /// Whether that is for the better.
    pub direction: Direction,
}

/// Kind of SLA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SlaKindOut {
    /// Ticket response or resolution.
    Tickets,
    /// Service uptime.
    Availability,
}

/// An SLA's result for the period.
#[derive(Debug, Clone, Serialize)]
pub struct SlaResult {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Tickets or availability.
    pub kind: SlaKindOut,
    /// What is measured, in words (`P1 response within 15m, 24x7`; `ERP uptime`).
    pub measure: String,
    /// The goal as a fraction.
    pub goal: f64,
    /// met / (met + breached), or uptime; null when there is nothing to measure.
    pub attainment: Option<f64>,
    /// attainment ≥ goal, compared unrounded; null when there is nothing to measure.
    pub met: Option<bool>,
    /// attainment − goal.
    pub margin: Option<f64>,
    /// Ticket counts (tickets SLAs).
    pub counts: Option<Counts>,
    /// Those counts in words (`1,031 met · 17 breached · 4 pending`).
    pub counts_text: Option<String>,
    /// A missed ticket SLA: how many more tickets met would have met the goal.
    pub tickets_short: Option<u64>,
    /// Its text (`one ticket short of the goal`).
    pub tickets_short_text: Option<String>,
    /// Minutes behind the uptime (availability SLAs).
    pub minutes: Option<Minutes>,
    /// Shown minutes (`22 min downtime · 120 min maintenance`).
    pub minutes_text: Option<String>,
    /// Service credit owed, if the contract's tiers give one.
    pub credit: Option<Credit>,
    /// Last month's attainment.
    pub previous: Option<f64>,
    /// Whether attainment moved the better way against last month.
    pub change_direction: Option<Direction>,
    /// Which way the shown attainment moved.
    pub change_arrow: Option<Arrow>,
    /// Why there is no comparison with the previous period, when it is incomplete.
    pub previous_note: Option<String>,
    /// Why there is no comparison with a year ago, when that period is incomplete.
    pub year_ago_note: Option<String>,
    /// Availability SLAs: the downtime the goal allows over the period and how much
    /// of it was used.
    pub budget: Option<Budget>,
    /// Attainment over the trend window, aligned with `period.months`.
    pub history: Vec<Option<f64>>,
    /// Those attainments as shown (never across the goal).
    pub history_text: Vec<Option<String>>,
    /// Months met: of the period's months (QBR, annual), or of the charted twelve
    /// months (monthly review).
    pub months_met: usize,
    /// Months missed, counted the same way.
    pub months_missed: usize,
    /// In words: `11 of 12 months met`.
    pub months_text: String,
    /// Shown goal (`95%`).
    pub goal_text: String,
    /// Shown attainment (`94.9%`), never rounded across the goal.
    pub attainment_text: String,
    /// Shown margin (`−0.1 pts`).
    pub margin_text: Option<String>,
    /// Shown previous attainment.
    pub previous_text: Option<String>,
    /// The same period a year before.
    pub year_ago: Option<f64>,
    /// Its text.
    pub year_ago_text: Option<String>,
    /// Each month of a quarter or year (empty for a month).
    pub by_month: Vec<SlaMonthView>,
    /// Each charted month (`period.chart_months`).
    pub monthly: Vec<SlaMonthView>,
}

/// The error budget of an availability SLA: the unplanned downtime its goal allows,
/// `(1 − goal) × (scheduled − maintenance)` minutes, and how much was used.
#[derive(Debug, Clone, Serialize)]
pub struct Budget {
    /// Minutes of downtime the goal allows.
    pub allowed_minutes: f64,
    /// Minutes of unplanned downtime.
    pub used_minutes: f64,
    /// used / allowed (over 1: the goal was missed); null when nothing is allowed.
    pub used_fraction: Option<f64>,
    /// Shown allowance (`43.2 min`).
    pub allowed_text: String,
    /// Shown downtime (`22 min`).
    pub used_text: String,
    /// Shown share used (`51%`).
    pub used_fraction_text: Option<String>,
    /// `40% used`.
    pub used_fraction_note: Option<String>,
}

/// One month of an SLA inside a quarter or year.
#[derive(Debug, Clone, Serialize)]
pub struct SlaMonthView {
    /// The month (`2026-07`).
    pub period: crate::model::Month,
    /// `Jul 26`.
    pub month: String,
    /// `July 2026`.
    pub label: String,
    /// Attainment (0–1).
    pub attainment: Option<f64>,
    /// Shown attainment.
    pub attainment_text: Option<String>,
    /// Met, missed, or nothing to measure.
    pub met: Option<bool>,
    /// Availability SLAs: the month's error budget.
    pub budget: Option<Budget>,
    /// The service credit of the month, as a share of its fee (0.05), when one is due.
    pub credit: Option<f64>,
}

/// Ticket counts behind a ticket SLA.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Counts {
    /// Within target.
    pub met: u64,
    /// Beyond target.
    pub breached: u64,
    /// Still open and within target at the cut-off: listed, not in the ratio.
    pub pending: u64,
}

/// Minutes behind an uptime figure.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Minutes {
    /// Minutes in the month (client time zone; DST aware) or as given.
    pub scheduled: f64,
    /// Agreed maintenance, excluded from both sides.
    pub maintenance: f64,
    /// Unplanned downtime.
    pub downtime: f64,
}

/// A service credit.
#[derive(Debug, Clone, Serialize)]
pub struct Credit {
    /// Share of the monthly fee.
    pub fraction: f64,
    /// The amount, when the contract gives a fee.
    pub amount: Option<f64>,
    /// Shown (`5% of the monthly fee: EUR 1,225.00`).
    pub text: String,
    /// The months that cost a credit, with their attainment.
    pub months: Vec<CreditMonth>,
}

/// One month that cost a service credit.
#[derive(Debug, Clone, Serialize)]
pub struct CreditMonth {
    /// `July 2026`.
    pub month: String,
    /// Shown attainment of that month.
    pub attainment_text: String,
    /// Share of that month's fee.
    pub fraction: f64,
    /// The amount, when the contract gives a fee.
    pub amount: Option<f64>,
    /// Shown (`5%: EUR 1,225.00`).
    pub text: String,
}

/// Survey scores of the period.
#[derive(Debug, Clone, Serialize)]
pub struct SurveyResults {
    /// Share of 4s and 5s (0–1).
    pub csat: Option<Score>,
    /// % promoters − % detractors (−100–100).
    pub nps: Option<Score>,
    /// Mean effort score (1–7).
    pub ces: Option<Score>,
    /// CSAT over the previous period of the same kind (when each of its months has a
    /// period file and there were responses).
    pub csat_previous: Option<Score>,
    /// NPS over the previous period.
    pub nps_previous: Option<Score>,
}

/// One survey score.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    /// The score.
    pub value: f64,
    /// Responses behind it.
    pub responses: usize,
    /// Shown.
    pub text: String,
    /// `12 responses`.
    pub responses_text: String,
}

/// The CSI register as of the period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Actions {
    /// Opened this period.
    pub new: Vec<ActionView>,
    /// Closed as done this period.
    pub done: Vec<ActionView>,
    /// Past their due date and not closed.
    pub overdue: Vec<ActionView>,
    /// Open and on time.
    pub open: Vec<ActionView>,
}

/// One CSI action.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Owner.
    pub owner: Option<String>,
    /// Due date, `YYYY-MM-DD`.
    pub due: Option<String>,
    /// Due date, shown.
    pub due_text: Option<String>,
    /// Status as written (`in-progress`).
    pub status: String,
    /// Status label from the locale.
    pub status_text: String,
    /// CSF name it serves.
    pub csf: Option<String>,
    /// KPI name it should move.
    pub kpi: Option<String>,
    /// Days past due at the end of the period (overdue actions).
    pub days_overdue: Option<i64>,
    /// `3 days overdue`.
    pub days_overdue_text: Option<String>,
    /// When it was opened, `YYYY-MM-DD`.
    pub opened: Option<String>,
    /// When it was closed, `YYYY-MM-DD`.
    pub closed: Option<String>,
    /// `opened 3 March 2026`.
    pub opened_text: Option<String>,
    /// `closed 18 September 2026`.
    pub closed_text: Option<String>,
}
