//! Built-in export layouts: for each PSA, the column names its ticket exports really
//! write (several per field where the tool has several export routes) and how it writes
//! its rows. A client's `tickets.columns` overrides any of them; dates are not part of a
//! layout: their order is read off the file ([`super::dates`]).

use crate::model::{Columns, TicketProfile};

/// A field of a ticket row, as named under `tickets.columns`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Ticket id.
    Id,
    /// Opened (created).
    Opened,
    /// First response.
    Responded,
    /// Minutes from opening to first response (elapsed), where no response time is given.
    ResponseMinutes,
    /// Hours (or h:mm:ss) from opening to first response, where no response time is given.
    ResponseHours,
    /// Resolved (solved, completed).
    Resolved,
    /// Priority.
    Priority,
    /// Ticket type.
    Kind,
    /// Status.
    Status,
    /// Minutes on hold, elapsed (calendar) time.
    OnHoldMinutes,
    /// Minutes on hold within the business hours of the tool's own schedule.
    OnHoldBusinessMinutes,
    /// Escalated, or a tier.
    Escalated,
    /// Resolved at first contact.
    FirstContact,
    /// Reopened, or a reopen count.
    Reopened,
    /// When the row was written (exports with one row per update).
    Updated,
    /// The company (client, account, organisation) the ticket is for, in an export of
    /// several.
    Company,
    /// The queue, board or group the ticket is worked in.
    Queue,
}

impl Field {
    /// Every field, in the order `tickets inspect` lists them.
    pub const ALL: [Field; 17] = [
        Field::Id,
        Field::Opened,
        Field::Responded,
        Field::ResponseMinutes,
        Field::ResponseHours,
        Field::Resolved,
        Field::Priority,
        Field::Kind,
        Field::Status,
        Field::OnHoldMinutes,
        Field::OnHoldBusinessMinutes,
        Field::Escalated,
        Field::FirstContact,
        Field::Reopened,
        Field::Updated,
        Field::Company,
        Field::Queue,
    ];

    /// The key under `tickets.columns`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Opened => "opened",
            Field::Responded => "responded",
            Field::ResponseMinutes => "response_minutes",
            Field::ResponseHours => "response_hours",
            Field::Resolved => "resolved",
            Field::Priority => "priority",
            Field::Kind => "type",
            Field::Status => "status",
            Field::OnHoldMinutes => "on_hold_minutes",
            Field::OnHoldBusinessMinutes => "on_hold_business_minutes",
            Field::Escalated => "escalated",
            Field::FirstContact => "first_contact",
            Field::Reopened => "reopened",
            Field::Updated => "updated",
            Field::Company => "company",
            Field::Queue => "queue",
        }
    }

    /// What the field holds, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Field::Id => "ticket id",
            Field::Opened => "date-time the ticket was opened",
            Field::Responded => "date-time of the first response",
            Field::ResponseMinutes => "minutes to the first response",
            Field::ResponseHours => "hours to the first response",
            Field::Resolved => "date-time the ticket was resolved",
            Field::Priority => "priority",
            Field::Kind => "ticket type",
            Field::Status => "status",
            Field::OnHoldMinutes => "minutes on hold",
            Field::OnHoldBusinessMinutes => "minutes on hold within business hours",
            Field::Escalated => "escalation flag or tier",
            Field::FirstContact => "first-contact resolution flag",
            Field::Reopened => "reopen flag or count",
            Field::Updated => "date-time the row was last updated",
            Field::Company => "company the ticket is for",
            Field::Queue => "queue, board or group",
        }
    }

    /// Whether the field holds a date-time.
    pub fn is_time(self) -> bool {
        matches!(
            self,
            Field::Opened | Field::Responded | Field::Resolved | Field::Updated
        )
    }

    /// The client's override for this field, if any.
    pub fn column_in(self, c: &Columns) -> Option<&str> {
        match self {
            Field::Id => c.id.as_deref(),
            Field::Opened => c.opened.as_deref(),
            Field::Responded => c.responded.as_deref(),
            Field::ResponseMinutes => c.response_minutes.as_deref(),
            Field::ResponseHours => c.response_hours.as_deref(),
            Field::Resolved => c.resolved.as_deref(),
            Field::Priority => c.priority.as_deref(),
            Field::Kind => c.kind.as_deref(),
            Field::Status => c.status.as_deref(),
            Field::OnHoldMinutes => c.on_hold_minutes.as_deref(),
            Field::OnHoldBusinessMinutes => c.on_hold_business_minutes.as_deref(),
            Field::Escalated => c.escalated.as_deref(),
            Field::FirstContact => c.first_contact.as_deref(),
            Field::Reopened => c.reopened.as_deref(),
            Field::Updated => c.updated.as_deref(),
            Field::Company => c.company.as_deref(),
            Field::Queue => c.queue.as_deref(),
        }
    }
}

/// How a tool writes its export.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// The tool, as the README and `tickets inspect` name it.
    pub tool: &'static str,
    /// The export routes this layout reads.
    pub routes: &'static str,
    /// Accepted column names per field, tried in order (matched without regard to case).
    pub fields: &'static [(Field, &'static [&'static str])],
    /// One row per update of a ticket (the latest row by `updated` is the ticket);
    /// otherwise a repeated id in one file is reported.
    pub rows_per_update: bool,
    /// What the export lacks that a user should know about, said when it matters.
    pub lacks: Option<&'static str>,
}

impl Layout {
    /// The accepted names of a field.
    pub fn names(&self, f: Field) -> &'static [&'static str] {
        self.fields
            .iter()
            .find(|(g, _)| *g == f)
            .map_or(&[], |(_, n)| n)
    }
}

/// Every profile, in the order `tickets inspect` ranks ties.
pub const PROFILES: [TicketProfile; 12] = [
    TicketProfile::Generic,
    TicketProfile::Connectwise,
    TicketProfile::Autotask,
    TicketProfile::Halopsa,
    TicketProfile::Zendesk,
    TicketProfile::Jira,
    TicketProfile::Servicenow,
    TicketProfile::Freshservice,
    TicketProfile::Freshdesk,
    TicketProfile::Zammad,
    TicketProfile::Atera,
    TicketProfile::Syncro,
];

/// The layout of a profile.
pub fn layout(p: TicketProfile) -> Layout {
    use Field::*;
    match p {
        TicketProfile::Generic => Layout {
            tool: "svcreview's own layout",
            routes: "any tool, columns renamed to svcreview's field names",
            fields: &[
                (Id, &["id"]),
                (Opened, &["opened"]),
                (Responded, &["responded"]),
                (ResponseMinutes, &["response_minutes"]),
                (ResponseHours, &["response_hours"]),
                (Resolved, &["resolved"]),
                (Priority, &["priority"]),
                (Kind, &["type"]),
                (Status, &["status"]),
                (OnHoldMinutes, &["on_hold_minutes"]),
                (OnHoldBusinessMinutes, &["on_hold_business_minutes"]),
                (Escalated, &["escalated"]),
                (FirstContact, &["first_contact"]),
                (Reopened, &["reopened"]),
                (Updated, &["updated"]),
                (Company, &["company", "client", "customer", "organization"]),
                (Queue, &["queue", "board", "group"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // ConnectWise PSA (Manage): the REST API's service/tickets objects flattened with
        // `.` (JSON-to-CSV tools, Power Query), and the Service report / v_rpt_Service
        // view with its `_UTC` columns. API times are ISO in UTC; `_UTC` columns are UTC.
        TicketProfile::Connectwise => Layout {
            tool: "ConnectWise PSA",
            routes: "REST API service/tickets flattened with `.`; Service report (v_rpt_Service)",
            fields: &[
                (
                    Id,
                    &[
                        "id",
                        "TicketNbr",
                        "Ticket Nbr",
                        "SR_Service_RecID",
                        "Ticket #",
                    ],
                ),
                (
                    Opened,
                    &[
                        "_info.dateEntered",
                        "dateEntered",
                        "Date_Entered_UTC",
                        "date_entered_utc",
                        "Date_Entered",
                        "Date Entered",
                    ],
                ),
                (
                    Responded,
                    &[
                        "dateResponded",
                        "Date_Responded_UTC",
                        "Date_Responded",
                        "Date Responded",
                    ],
                ),
                (
                    Resolved,
                    &[
                        "dateResolved",
                        "Date_Resolved_UTC",
                        "Date_Resolved",
                        "Date Resolved",
                        "closedDate",
                        "Date_Closed_UTC",
                        "date_closed",
                    ],
                ),
                (
                    Priority,
                    &[
                        "priority.name",
                        "Urgency",
                        "Priority_Description",
                        "Priority",
                        "priority",
                    ],
                ),
                (
                    Kind,
                    &["type.name", "ServiceType", "Service_Type", "Type", "type"],
                ),
                (
                    Status,
                    &["status.name", "status_description", "Status", "status"],
                ),
                (OnHoldMinutes, &["Minutes_Waiting", "minutesWaiting"]),
                (
                    Updated,
                    &["_info.lastUpdated", "Last_Update_UTC", "Last_Update"],
                ),
                (
                    Company,
                    &[
                        "company.name",
                        "company/name",
                        "company_name",
                        "Company",
                        "company.identifier",
                        "company/identifier",
                        "Company_Name",
                        "company_id",
                    ],
                ),
                (
                    Queue,
                    &["board.name", "board/name", "Board_Name", "board_name"],
                ),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Autotask PSA: ticket search results exported "In Import Template Format" (with
        // the template's `[required]` prefixes) or as plain search results; dates in the
        // exporting user's format, day-first or month-first.
        TicketProfile::Autotask => Layout {
            tool: "Autotask PSA",
            routes: "Tickets > Search > Export, in import template format or as search results",
            fields: &[
                (
                    Id,
                    &[
                        "Autotask Ticket Number (updates only)",
                        "Autotask Ticket Number",
                        "Ticket Number",
                    ],
                ),
                (Opened, &["Create Date/Time", "Created", "Create Date"]),
                (
                    Responded,
                    &[
                        "First Response Date/Time",
                        "First Response Date",
                        "First Response",
                    ],
                ),
                (
                    Resolved,
                    &[
                        "Complete Date/Time",
                        "Completed Date/Time",
                        "Complete Date",
                        "Completed",
                        "Resolved Date/Time",
                    ],
                ),
                (Priority, &["[required] Priority", "Priority"]),
                (Kind, &["[required] Ticket Type", "Ticket Type"]),
                (Status, &["[required] Status", "Status"]),
                (Updated, &["Last Activity Date/Time", "Last Activity Date"]),
                (
                    Company,
                    &[
                        "[required] Company",
                        "Company",
                        "Account",
                        "Client",
                        "Account Name",
                    ],
                ),
                (Queue, &["[required if no Primary Resource] Queue", "Queue"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // HaloPSA: a report on the Faults (tickets) table, with the stock SLA report's
        // column names or the table's field names.
        TicketProfile::Halopsa => Layout {
            tool: "HaloPSA",
            routes: "Reporting > a ticket report (stock SLA report names, or Faults field names)",
            fields: &[
                (Id, &["Ticket ID", "Faultid", "Request ID", "ID"]),
                (
                    Opened,
                    &[
                        "Date Opened",
                        "Date Logged",
                        "dateoccured",
                        "Date Occurred",
                        "Logged Date",
                    ],
                ),
                (
                    Responded,
                    &[
                        "Date Responded",
                        "fresponsedate",
                        "Response Date",
                        "First Response Date",
                    ],
                ),
                (
                    Resolved,
                    &[
                        "Date Resolved",
                        "datecleared",
                        "Date Cleared",
                        "Date Closed",
                        "Resolved Date",
                    ],
                ),
                (Priority, &["Priority Description", "Priority", "pdesc"]),
                (Kind, &["Ticket Type", "Request Type", "rtdesc"]),
                (Status, &["Status", "Status Name", "tstatusdesc"]),
                (
                    Company,
                    &[
                        "Client",
                        "client_name",
                        "Client Name",
                        "Customer",
                        "Site",
                        "site_name",
                    ],
                ),
                (Queue, &["Team", "team", "Queue"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Zendesk Support: Admin > Account > Tools > Reports > Export ticket data (CSV);
        // times in the account's zone; reply and hold time as minutes, each also within
        // the account's business hours.
        TicketProfile::Zendesk => Layout {
            tool: "Zendesk Support",
            routes: "Reports > Export ticket data (full CSV)",
            fields: &[
                (Id, &["Id", "Ticket ID"]),
                (Opened, &["Created at", "Ticket created - Timestamp"]),
                (
                    ResponseMinutes,
                    &["First reply time in minutes", "First reply time (min)"],
                ),
                (Resolved, &["Solved at", "Ticket solved - Timestamp"]),
                (Priority, &["Priority", "Ticket priority"]),
                (Kind, &["Ticket type", "Type"]),
                (Status, &["Status", "Ticket status"]),
                (OnHoldMinutes, &["On hold time in minutes"]),
                (
                    OnHoldBusinessMinutes,
                    &["On hold time in minutes within business hours"],
                ),
                (Reopened, &["Reopens"]),
                (Updated, &["Updated at"]),
                (
                    Company,
                    &[
                        "Organization",
                        "Organization name",
                        "organization_name",
                        "organization",
                    ],
                ),
                (Queue, &["Group", "group_name"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Jira Service Management: Filters > Export > Excel CSV (all fields); times in the
        // exporting user's zone, `14/Jul/25 3:42 PM`.
        TicketProfile::Jira => Layout {
            tool: "Jira Service Management",
            routes: "Issue navigator > Export > CSV (all fields or current fields)",
            fields: &[
                (Id, &["Issue key", "Key"]),
                (Opened, &["Created"]),
                (Resolved, &["Resolved", "Resolution date"]),
                (Priority, &["Priority"]),
                (
                    Kind,
                    &["Issue Type", "Request Type", "Customer Request Type"],
                ),
                (Status, &["Status"]),
                (Updated, &["Updated"]),
                (
                    Company,
                    &[
                        "Organizations",
                        "Custom field (Organizations)",
                        "Organization",
                        "Customer",
                    ],
                ),
                (Queue, &["Project name", "Project key", "Queue"]),
            ],
            rows_per_update: false,
            lacks: Some(
                "Jira's CSV export has no first-response time (its SLA columns hold Jira's own \
                 SLA timers, not times); map a first-response date-time column under \
                 `tickets.columns.responded` or measure response elsewhere",
            ),
        },
        // ServiceNow: a list export of the incident table (field names as headers, or the
        // labels), one row per incident; the incident event log (one row per update, with
        // `sys_updated_at`) reads too: the latest row of an incident is the incident.
        TicketProfile::Servicenow => Layout {
            tool: "ServiceNow ITSM",
            routes: "incident list > Export > CSV (field names or labels); incident event log",
            fields: &[
                (Id, &["number", "Number"]),
                (Opened, &["opened_at", "Opened", "sys_created_on"]),
                (
                    Resolved,
                    &["resolved_at", "Resolved", "closed_at", "Closed"],
                ),
                (Priority, &["priority", "Priority"]),
                (Kind, &["category", "Category", "contact_type"]),
                (
                    Status,
                    &["incident_state", "state", "State", "Incident state"],
                ),
                (Reopened, &["reopen_count", "Reopen count"]),
                (
                    Updated,
                    &[
                        "sys_updated_at",
                        "sys_updated_on",
                        "Updated",
                        "sys_mod_count",
                    ],
                ),
                (Company, &["company", "Company", "company.name", "account"]),
                (Queue, &["assignment_group", "Assignment group"]),
            ],
            rows_per_update: true,
            lacks: Some(
                "ServiceNow's incident table has no first-response time (response is measured \
                 by its task_sla records); map a first-response column under \
                 `tickets.columns.responded`",
            ),
        },
        // Freshservice: Tickets > Export (CSV).
        TicketProfile::Freshservice => Layout {
            tool: "Freshservice",
            routes: "Tickets > Export (CSV or Excel)",
            fields: &[
                (Id, &["Ticket Id", "Ticket ID", "ID"]),
                (Opened, &["Created Time", "Created Date", "Created at"]),
                (ResponseHours, &["First Response Time (in Hrs)"]),
                (
                    Responded,
                    &[
                        "First Responded Date",
                        "First Response Date",
                        "First Responded At",
                    ],
                ),
                (
                    Resolved,
                    &[
                        "Resolved Date",
                        "Resolved Time",
                        "Resolved at",
                        "Closed Date",
                        "Closed Time",
                    ],
                ),
                (Priority, &["Priority"]),
                (Kind, &["Type", "Ticket Type", "Category"]),
                (Status, &["Status"]),
                (Reopened, &["Reopen Count", "Reopened"]),
                (
                    Updated,
                    &["Last Updated Date", "Last Updated Time", "Updated at"],
                ),
                (Company, &["Company", "Department", "Company Name"]),
                (Queue, &["Group", "Group Name"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Freshdesk: Tickets > Export (CSV).
        TicketProfile::Freshdesk => Layout {
            tool: "Freshdesk",
            routes: "Tickets > Export (CSV or Excel)",
            fields: &[
                (Id, &["Ticket ID", "Ticket Id"]),
                (Opened, &["Created time", "Created Time", "Created at"]),
                (Responded, &["Initial response time", "First responded at"]),
                (ResponseHours, &["First response time (in hrs)"]),
                (
                    Resolved,
                    &[
                        "Resolved time",
                        "Resolved Time",
                        "Closed time",
                        "Closed Time",
                    ],
                ),
                (Priority, &["Priority"]),
                (Kind, &["Type", "Ticket Type"]),
                (Status, &["Status"]),
                (Updated, &["Last update time", "Last updated time"]),
                (Company, &["Company", "Company Name"]),
                (Queue, &["Group", "Group Name"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Zammad: Reporting > Ticket volume > download (Excel workbook).
        TicketProfile::Zammad => Layout {
            tool: "Zammad",
            routes: "Reporting > download (.xlsx)",
            fields: &[
                (Id, &["#", "Number"]),
                (Opened, &["Created At", "Created"]),
                (Responded, &["First Response At", "First Response"]),
                (Resolved, &["Closed At", "Close At", "Closed"]),
                (Priority, &["Priority"]),
                (Kind, &["Type", "Category"]),
                (Status, &["State"]),
                (Updated, &["Updated at", "Updated"]),
                (Company, &["Organization", "organization"]),
                (Queue, &["Group", "group"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Atera: the ticket report / API ticket fields.
        TicketProfile::Atera => Layout {
            tool: "Atera",
            routes: "Reports > tickets report export; API v3 tickets fields",
            fields: &[
                (Id, &["TicketID", "Ticket ID", "Ticket number", "Id"]),
                (
                    Opened,
                    &[
                        "TicketCreatedDate",
                        "Created date",
                        "Created",
                        "Creation date",
                    ],
                ),
                (
                    Responded,
                    &[
                        "TechnicianFirstCommentDate",
                        "First response date",
                        "First Response Date",
                    ],
                ),
                (
                    Resolved,
                    &[
                        "TicketResolvedDate",
                        "Resolved date",
                        "Resolved",
                        "Resolution date",
                    ],
                ),
                (Priority, &["TicketPriority", "Priority"]),
                (Kind, &["TicketType", "Type", "Ticket type"]),
                (Status, &["TicketStatus", "Status"]),
                (Company, &["CustomerName", "Customer", "Customer name"]),
                (Queue, &["TechnicianGroup", "Queue"]),
            ],
            rows_per_update: false,
            lacks: None,
        },
        // Syncro: Tickets > Export (CSV).
        TicketProfile::Syncro => Layout {
            tool: "Syncro",
            routes: "Tickets > Export (CSV)",
            fields: &[
                (Id, &["Ticket Number", "number", "Ticket #", "Number"]),
                (
                    Opened,
                    &["Created", "created_at", "Created At", "Created Date"],
                ),
                (
                    Responded,
                    &["First Response", "First Response At", "First Response Date"],
                ),
                (
                    Resolved,
                    &[
                        "Resolved",
                        "resolved_at",
                        "Resolved At",
                        "Resolved Date",
                        "Closed At",
                    ],
                ),
                (Priority, &["Priority"]),
                (
                    Kind,
                    &["Problem Type", "problem_type", "Issue Type", "Type"],
                ),
                (Status, &["Status"]),
                (
                    Updated,
                    &["Updated", "updated_at", "Updated At", "Last Updated"],
                ),
                (
                    Company,
                    &[
                        "Customer",
                        "Business",
                        "customer_business_then_name",
                        "Customer Business",
                    ],
                ),
                (Queue, &["Ticket Queue", "queue"]),
            ],
            rows_per_update: false,
            lacks: Some(
                "Syncro's ticket export has no first-response time; map one under \
                 `tickets.columns.responded` if your export adds it",
            ),
        },
    }
}

/// Every column name some profile gives `f`: the names whose meaning is known, so that
/// "did you mean" never proposes a column of another field.
pub fn names_of_field_anywhere(f: Field) -> impl Iterator<Item = &'static str> {
    PROFILES
        .into_iter()
        .flat_map(move |p| layout(p).names(f).iter().copied())
}

/// What a column name says it holds, as far as can be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// Nothing known.
    Unknown,
    /// A field (a name some profile gives it, or its words).
    Field(Field),
    /// Something no field is (a due date, a plan, an SLA target).
    Other,
}

/// What a column holds, by the names profiles give fields and then by its words; so that
/// "did you mean" never offers `dateResponded` for `dateResolved`, or a plan for a time.
pub fn meaning(column: &str) -> Meaning {
    for f in Field::ALL {
        if names_of_field_anywhere(f).any(|n| n.eq_ignore_ascii_case(column)) {
            return Meaning::Field(f);
        }
    }
    let l = column.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if has(&[
        "due",
        "plan",
        "target",
        "sla",
        "deadline",
        "escalation at",
        "skipped",
    ]) {
        Meaning::Other
    } else if has(&["respon", "reply", "replied", "first comment"]) {
        Meaning::Field(Field::Responded)
    } else if has(&["resol", "solved", "complet", "close", "cleared"]) {
        Meaning::Field(Field::Resolved)
    } else if has(&["creat", "opened", "entered", "logged", "occur"]) {
        Meaning::Field(Field::Opened)
    } else if has(&["updat", "modif"]) {
        Meaning::Field(Field::Updated)
    } else {
        Meaning::Unknown
    }
}

/// A profile's name as `client.yaml` writes it.
pub fn profile_key(p: TicketProfile) -> &'static str {
    match p {
        TicketProfile::Generic => "generic",
        TicketProfile::Connectwise => "connectwise",
        TicketProfile::Autotask => "autotask",
        TicketProfile::Halopsa => "halopsa",
        TicketProfile::Zendesk => "zendesk",
        TicketProfile::Jira => "jira",
        TicketProfile::Servicenow => "servicenow",
        TicketProfile::Freshservice => "freshservice",
        TicketProfile::Freshdesk => "freshdesk",
        TicketProfile::Zammad => "zammad",
        TicketProfile::Atera => "atera",
        TicketProfile::Syncro => "syncro",
    }
}

/// A guess at the SLA priority an export value stands for, for the pasted block: by its
/// words first (Zammad's `1 low` is low), then by a leading number (`1 - Critical`, `2`).
pub fn guess_priority(v: &str) -> &'static str {
    let l = v.to_lowercase();
    let any = |ws: &[&str]| ws.iter().any(|w| l.contains(w));
    if any(&["critical", "urgent", "emergency", "blocker", "highest"]) {
        "P1"
    } else if any(&["high", "major"]) {
        "P2"
    } else if any(&["medium", "normal", "moderate"]) {
        "P3"
    } else if any(&["low", "minor", "planning", "schedule", "trivial"]) {
        "P4"
    } else {
        match l.chars().find(|c| c.is_ascii_digit()) {
            Some('0' | '1') => "P1",
            Some('2') => "P2",
            Some('3') => "P3",
            _ => "P4",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meanings_keep_suggestions_honest() {
        assert_eq!(meaning("dateResponded"), Meaning::Field(Field::Responded));
        assert_eq!(meaning("dateResplan"), Meaning::Other);
        assert_eq!(meaning("Date_Resplan_UTC"), Meaning::Other);
        assert_eq!(meaning("[required] Due Date/Time"), Meaning::Other);
        assert_eq!(
            meaning("Complete Date/Time"),
            Meaning::Field(Field::Resolved)
        );
        assert_eq!(meaning("Summary"), Meaning::Unknown);
    }

    #[test]
    fn every_profile_names_the_required_fields() {
        for p in PROFILES {
            let l = layout(p);
            for f in [Field::Id, Field::Opened, Field::Priority, Field::Resolved] {
                assert!(!l.names(f).is_empty(), "{} lacks {f:?}", l.tool);
            }
        }
    }
}
