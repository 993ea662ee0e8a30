//! Built-in export layouts: the column names and date-time formats each PSA's ticket
//! export uses. A client's `tickets.columns` and `tickets.date_format` override them.

use crate::model::{Columns, TicketProfile};

/// The columns and formats of one layout.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Ticket id.
    pub id: &'static str,
    /// Opened.
    pub opened: &'static str,
    /// First response.
    pub responded: Option<&'static str>,
    /// Minutes from opening to first response (elapsed), where no response time is given.
    pub response_minutes: Option<&'static str>,
    /// Resolved.
    pub resolved: Option<&'static str>,
    /// Priority.
    pub priority: &'static str,
    /// Type.
    pub kind: Option<&'static str>,
    /// Minutes on hold.
    pub on_hold_minutes: Option<&'static str>,
    /// Escalated / tier.
    pub escalated: Option<&'static str>,
    /// First-contact resolution flag.
    pub first_contact: Option<&'static str>,
    /// Reopened flag or count.
    pub reopened: Option<&'static str>,
    /// Date-time formats tried in order (chrono `strftime`; `%z`/`%:z` formats carry
    /// their offset, the others are read in `tickets.timezone`).
    pub formats: &'static [&'static str],
}

const ISO: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f%:z",
    "%Y-%m-%dT%H:%M:%S%.fZ",
    "%Y-%m-%d %H:%M:%S%.f%:z",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
];

/// The layout of a profile.
pub fn layout(p: TicketProfile) -> Layout {
    match p {
        TicketProfile::Generic => Layout {
            id: "id",
            opened: "opened",
            responded: Some("responded"),
            response_minutes: None,
            resolved: Some("resolved"),
            priority: "priority",
            kind: Some("type"),
            on_hold_minutes: Some("on_hold_minutes"),
            escalated: Some("escalated"),
            first_contact: Some("first_contact"),
            reopened: Some("reopened"),
            formats: ISO,
        },
        // ConnectWise Manage: the service/tickets API fields as export tools flatten
        // them (ISO times in UTC). The UI's board export names columns differently: map
        // them under `tickets.columns`.
        TicketProfile::Connectwise => Layout {
            id: "id",
            opened: "dateEntered",
            responded: Some("dateResponded"),
            response_minutes: None,
            resolved: Some("dateResolved"),
            priority: "priority",
            kind: Some("type"),
            on_hold_minutes: Some("minutesWaiting"),
            escalated: None,
            first_contact: None,
            reopened: None,
            formats: &[
                "%Y-%m-%dT%H:%M:%SZ",
                "%Y-%m-%dT%H:%M:%S%:z",
                "%m/%d/%Y %I:%M %p",
            ],
        },
        // Autotask PSA: the ticket export "in import template format" (user's date
        // format, no offset).
        TicketProfile::Autotask => Layout {
            id: "Autotask Ticket Number",
            opened: "Create Date/Time",
            responded: Some("First Response Date/Time"),
            response_minutes: None,
            resolved: Some("Complete Date/Time"),
            priority: "Priority",
            kind: Some("Ticket Type"),
            on_hold_minutes: None,
            escalated: None,
            first_contact: None,
            reopened: None,
            formats: &[
                "%m/%d/%Y %I:%M %p",
                "%m/%d/%Y %I:%M:%S %p",
                "%m/%d/%Y %H:%M",
            ],
        },
        // HaloPSA: a ticket report with the column names of Halo's stock SLA report.
        TicketProfile::Halopsa => Layout {
            id: "Ticket ID",
            opened: "Date Opened",
            responded: Some("Date Responded"),
            response_minutes: None,
            resolved: Some("Date Resolved"),
            priority: "Priority Description",
            kind: Some("Ticket Type"),
            on_hold_minutes: None,
            escalated: None,
            first_contact: None,
            reopened: None,
            formats: &[
                "%d/%m/%Y %H:%M:%S",
                "%d/%m/%Y %H:%M",
                "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%dT%H:%M:%S",
            ],
        },
        // Zendesk Support: the full "Export ticket data" CSV, times in the account's zone;
        // first reply as minutes after creation.
        TicketProfile::Zendesk => Layout {
            id: "Id",
            opened: "Created at",
            responded: None,
            response_minutes: Some("First reply time in minutes"),
            resolved: Some("Solved at"),
            priority: "Priority",
            kind: Some("Ticket type"),
            on_hold_minutes: Some("On hold time in minutes"),
            escalated: None,
            first_contact: None,
            reopened: Some("Reopens"),
            formats: &[
                "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%d %H:%M",
                "%Y-%m-%dT%H:%M:%S%:z",
                "%Y-%m-%dT%H:%M:%SZ",
                "%d-%m-%Y %H:%M",
            ],
        },
        // Jira Service Management: Issue Navigator "Export CSV (all fields)", times in
        // the exporting user's zone, `14/Jul/25 3:42 PM`. No first-response time column.
        TicketProfile::Jira => Layout {
            id: "Issue key",
            opened: "Created",
            responded: None,
            response_minutes: None,
            resolved: Some("Resolved"),
            priority: "Priority",
            kind: Some("Issue Type"),
            on_hold_minutes: None,
            escalated: None,
            first_contact: None,
            reopened: None,
            formats: &["%d/%b/%y %I:%M %p", "%d/%b/%Y %I:%M %p", "%Y-%m-%d %H:%M"],
        },
    }
}

/// A column name: the client's override, else the layout's.
pub fn pick(over: &Option<String>, default: Option<&'static str>) -> Option<String> {
    over.clone().or_else(|| default.map(str::to_string))
}

/// The effective column names for a client: `(field, column)` with the field as named
/// in `tickets.columns`.
pub fn columns(p: TicketProfile, c: &Columns) -> Vec<(&'static str, Option<String>)> {
    let l = layout(p);
    vec![
        ("id", pick(&c.id, Some(l.id))),
        ("opened", pick(&c.opened, Some(l.opened))),
        ("responded", pick(&c.responded, l.responded)),
        (
            "response_minutes",
            pick(&c.response_minutes, l.response_minutes),
        ),
        ("resolved", pick(&c.resolved, l.resolved)),
        ("priority", pick(&c.priority, Some(l.priority))),
        ("type", pick(&c.kind, l.kind)),
        (
            "on_hold_minutes",
            pick(&c.on_hold_minutes, l.on_hold_minutes),
        ),
        ("escalated", pick(&c.escalated, l.escalated)),
        ("first_contact", pick(&c.first_contact, l.first_contact)),
        ("reopened", pick(&c.reopened, l.reopened)),
    ]
}
