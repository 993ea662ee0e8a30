# svcreview: the words of the reports, in English (the reference locale).
#
# Fluent syntax (https://projectfluent.org/fluent/guide/). To change a wording, copy a
# message into <templates dir>/locales/<locale>.ftl; messages you leave out keep their
# shipped text. To add a language, copy this whole file to locales/<tag>.ftl (for example
# pl.ftl or pt-PT.ftl) and translate every value; `svcreview validate` lists the ones
# still missing.
#
# Two kinds of message:
# - Labels (ids in snake_case, no $variables): headings, column heads, words on their
#   own. The templates show them as they are.
# - Sentences (ids in kebab-case, with $variables): svcreview fills the variables.
#   Variables named $count, $total, $met, ... are numbers (use them in plural
#   selectors: [one], [few], [many], *[other] as your language needs); every other
#   variable is text that is already formatted for the locale (a figure with its unit,
#   a date, a name, a list already joined with the language's "and").
#   Keep every variable a message has; move it wherever the language wants it.


## Labels

monthly_title = Monthly service review
prepared_for = Prepared for
prepared_by = Prepared by
period = Period
contract = Contract
sdm = Service delivery manager
contents = Contents
issued = Issued
at_a_glance = At a glance
measured_by = Measured by
no_credits_short = none due
csat_short = Customer satisfaction
nps_short = Net promoter score
budget_allows = Downtime budget
level_at_period_end = Level at the end of the period
month = Month
total = Total
other_kpis = Other KPIs
charts_note = Month by month over twelve months, against the monthly target.
at_period_end = open at the end of the period
credits_quarter = Service credits this quarter
kind = Kind
proposal = Proposal
agenda = Agenda
thank_you = Thank you
next_review = Next review
dashboard = Dashboard
sla_by_month = SLAs month by month
kpi_slides = Key performance indicators
months = Months
your_sdm = Your service delivery manager
next_review_qbr = Next quarterly review
next_review_annual = Next annual review
at_period_end_kpi = at the end of the period
charts_note_qbr = Month by month over twelve months, against the monthly target; the months of this quarter are shaded.
executive_summary = Executive summary
csf_at_a_glance = Critical success factors at a glance
slas = Service level agreements
sla = SLA
measure = Measure
goal = Goal
attainment = Attainment
margin = Margin
trend = Trend
result = Result
tickets = Tickets
met = Met
missed = Missed
breached = Breached
pending = Pending
uptime = Uptime
downtime = Downtime
maintenance = Maintenance
service_credits = Service credits
credit = Credit
no_credits = No service credits are due this period.
kpis_by_csf = KPIs by critical success factor
kpi = KPI
csf = Critical success factor
kpis_on_target = KPIs on target
red_lower = off target
amber_lower = near target
value = Value
target = Target
previous_month = Last month
change = Change
year_ago = A year ago
status = Status
trends = KPIs month by month
sla_history = SLAs month by month
surveys = Customer feedback
csat = Customer satisfaction (CSAT)
nps = Net promoter score (NPS)
ces = Customer effort score (CES)
csi = Continuous service improvement
csi_new = New this period
csi_done = Completed this period
csi_overdue = Overdue
csi_open = In progress
action = Action
owner = Owner
due = Due
notes = Notes from your service delivery manager
what_happened = What happened, month by month
renewal_decision_by = Renewal decision needed by
reconciliation = Typed figures the ticket exports measure differently
miss = Missed or off target
misses_answered = Misses and the actions that answer them
no_action_recorded = No action recorded
no_renewal_recommendation = No renewal recommendation has been recorded yet.
no_recommendations = No recommendations were recorded for this quarter.
no_data = no data
no_actions = No actions.
green = On target
amber = Near target
red = Off target
no-data = No data
improving = improving
worsening = worsening
steady = steady
open = Open
in-progress = In progress
done = Done
cancelled = Cancelled
target_line = Target
goal_line = Goal
confidential = Confidential
qbr_title = Quarterly business review
annual_title = Annual review and renewal
previous_quarter = Last quarter
quarter = Quarter
year = Year
previous_year = Last year
recommendations = Recommendations
next_focus = Focus for the next quarter
restated = Figures restated since the last review
restated_note = These figures differ from the review presented last time, because data or definitions were corrected since.
presented = As presented
now = Now
contract_renewal = Contract and renewal
contract_end = Contract end
notice_period = Notice period
notice_deadline = Notice deadline
annual_value = Annual value
credits_year = Service credits this year
renewal_recommendation = Renewal recommendation
proposals = Proposals for the renewal
sla_grid = SLA results month by month
kpi_yoy = KPIs year on year
sla_kind = SLA change
kpi_kind = KPI
csf_kind = CSF change
other_kind = Other
ticket_volume = Ticket volume and backlog
opened = Opened
closed = Resolved
backlog = Backlog
fcr_short = First-contact resolution
escalation_short = Escalated
opened_per_month = Tickets opened per month
backlog_per_month = Backlog at month end
ticket_times = Response and resolution times
basis = Counted in
mean = Mean
median = Median
p90 = 90th percentile
first_response = First response
resolution_time = Resolution
business = business hours
around_the_clock = around the clock
elapsed = elapsed time
breaches = SLA breaches and tickets pending at the cut-off
ticket = Ticket
opened_at = Opened
actual = Actual
over = Over by

# Mid-sentence forms of some labels, as they read after a semicolon in a deck line
# (English lowercases them; German keeps nouns capitalised).
previous_quarter_inline = last quarter
previous_year_inline = last year
budget_allows_inline = downtime budget
credit_inline = credit

## Sentences

# Page footer: "Page 3 of 12".
page-of = Page { $page } of { $pages }

# A period. $quarter is 1–4, $year e.g. 2026; $from and $to are months ("April 2026").
period-quarter = Q{ $quarter } { $year }
period-range = { $from } – { $to }

# A name or a month with its figure beside it: "ERP uptime (99.1%)".
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] one ticket short of the goal
   *[other] { $count } tickets short of the goal
}
with-figure-short = { $name } ({ $figure }, { $short })

# A change in percentage points: "+2.1 points" (in full: an executive reads it without
# the glossary). $value is the signed number as text; $amount the same figure as a
# number, for the plural (French: 1,2 pt, 2,5 pts).
change-points = { $amount ->
    [one] { $value } point
   *[other] { $value } points
}

# Counts, as short phrases.
responses-count = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
days-overdue = { $count ->
    [one] { $count } day overdue
   *[other] { $count } days overdue
}
devices-covered = { $count ->
    [one] { $count } device covered
   *[other] { $count } devices covered
}
rows-skipped = { $count ->
    [one] { $count } row of the ticket exports was skipped as unreadable; the JSON lists it.
   *[other] { $count } rows of the ticket exports were skipped as unreadable; the JSON lists them.
}
more-breaches = { $count ->
    [one] { $count } further breach is not listed here; your service delivery manager can provide the full list.
   *[other] { $count } further breaches are not listed here; your service delivery manager can provide the full list.
}
# Tickets of an SLA: "42 met · 3 breached · 1 pending".
sla-counts = { $met } met · { $breached } breached
sla-counts-pending = { $met } met · { $breached } breached · { $pending } pending
# Minutes of an availability SLA; $downtime and $maintenance are durations ("42 min").
availability-minutes = { $downtime } downtime · { $maintenance } maintenance
# The share of the downtime budget used: "40% used".
budget-used = { $share } used
# A KPI's target per month beside its chart: "Target 20 a month".
target-per-month = Target { $target } a month
# The target and goal lines of the charts: "Target 75%", "Goal 99.9%".
chart-target = Target { $value }
chart-goal = Goal { $value }
# When an improvement action was opened and closed; $date is a date.
action-opened = opened { $date }
action-closed = closed { $date }

# What an SLA measures. $priority is the client's priority name (P1), $within a
# duration (4 hrs), $calendar the hours the clock runs in (business hours, around the clock).
measure-response = { $priority } response within { $within }, { $calendar }
measure-resolution = { $priority } resolution within { $within }, { $calendar }
measure-uptime = { $service } uptime

# Service credits. $share is a percentage, $amount a sum of money, $month a month.
credit-share = { $share } of the monthly fee
credit-share-amount = { $amount } ({ $share } of the monthly fee)
months-credited = { $count ->
    [one] { $count } month credited
   *[other] { $count } months credited
}
credit-total = { $share } ({ $amount })

# How many months an SLA met its goal.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = not on target in { $off } of { $total } months
months-met-none = No month to measure
months-met-last-12 = Met in { $met } of the last 12 months
months-met-with-data = { $total ->
    [one] Met in { $met } of { $total } month with data (last 12)
   *[other] Met in { $met } of { $total } months with data (last 12)
}
months-met = { $total ->
    [one] { $met } of { $total } month met
   *[other] { $met } of { $total } months met
}

# A comparison left out: "Not compared: 2024 has data for only 2 of its 12 months."
not-compared = Not compared: { $period } has data for only { $have } of its { $need } months.

# The contract's notice deadline, counted from the end of the period.
notice-passed = { $count ->
    [one] passed { $count } day before the end of the period
   *[other] passed { $count } days before the end of the period
}
notice-today = the last day of the period
notice-days-left = { $count ->
    [one] { $count } day from the end of the period
   *[other] { $count } days from the end of the period
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Unless notice is given by then, the contract renews for { $months ->
    [one] one month
   *[other] { $months } months
}, to { $until }.
by-default-renewed = Unless notice was given by then, the contract renews for { $months ->
    [one] one month
   *[other] { $months } months
}, to { $until }.
by-default-ends = Unless a renewal is agreed, the contract ends on { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Notice deadline for contract { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = The notice deadline for contract { $id } was { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } is { $typed } as typed in the period files; the ticket exports measure { $measured } over { $tickets ->
    [one] one ticket
   *[other] { $tickets } tickets
} of the same period. The KPI shows the typed figure; the other is measured from the period's tickets in the exports.
reconcile-differs-plain = { $name } is { $typed } as typed in the period files; the ticket exports measure { $measured } for the same period. The KPI shows the typed figure; the other is measured from the period's tickets in the exports.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] one device
   *[other] { $count } devices
} beyond the { $covered } covered
beyond-users = { $count ->
    [one] one user
   *[other] { $count } users
} beyond the { $covered } covered
estate-beyond = In { $month } the estate was { $items }, which the contract does not price.
estate-beyond-priced = In { $month } the estate was { $items }: { $amount } a month at the contract's prices.

## The executive summary: each message is one sentence.

# Critical success factors. $others is a list of the csfs-count-* phrases that apply,
# joined with the language's "and": "1 near target and 2 off target".
csfs-none = No critical success factors are defined.
csfs-all-on-target = { $total ->
    [one] The critical success factor is on target.
   *[other] All { $total } critical success factors are on target.
}
csfs-none-on-target = { $total ->
    [one] The critical success factor is not on target: { $others }.
   *[other] None of the { $total } critical success factors is on target: { $others }.
}
csfs-some-on-target = Of { $total } critical success factors, { $green ->
    [one] { $green } is on target
   *[other] { $green } are on target
}; { $others }.
csfs-count-amber = { $count } near target
csfs-count-red = { $count } off target
csfs-count-no-data = { $count } without data

# SLAs. $longer is "yes" over a quarter or year, else "no". $missed is a list of the
# missed SLAs with their figures: "P1 response (80.0%) and ERP uptime (99.1%)".
slas-none = No SLAs are measured.
slas-nothing-measured = No SLA had anything to measure this period.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] The SLA was met over the period.
       *[no] The SLA was met.
    }
   *[other] { $longer ->
        [yes] All { $met } SLAs were met over the period.
       *[no] All { $met } SLAs were met.
    }
}
slas-all-met-some-empty = { $met ->
    [one] The SLA with data was met; { $no_data } had nothing to measure.
   *[other] All { $met } SLAs with data were met; { $no_data } had nothing to measure.
}
slas-some-missed = { $met ->
    [one] { $met } of { $measured } SLAs was met; missed: { $missed }.
   *[other] { $met } of { $measured } SLAs were met; missed: { $missed }.
}

# An SLA met over the quarter or year that missed single months. $months is a list of
# months with their figures: "May 2026 (94.1%) and June 2026 (93.0%)".
missed-months = { $count ->
    [one] { $name } met its goal over the period but missed it in { $count } month: { $months }.
   *[other] { $name } met its goal over the period but missed it in { $count } months: { $months }.
}

# Service credits due. $items is a list of credit-item phrases.
credits-due = Service credits of { $amount } are due for this period.
credits-due-items = Service credits of { $amount } are due: { $items }.
credit-item = { $name } at { $attainment }
credit-item-month = { $name } in { $month } at { $attainment }

# KPIs that need attention; $kpis is a list of against-target phrases.
attention-red = Off target: { $kpis }.
attention-amber = Near target: { $kpis }.
against-target = { $name } ({ $value } against { $target })

# The biggest KPI movements. $direction is improving, worsening or steady.
kpi-change = { $direction ->
    [improving] { $name } improved from { $from } to { $to } ({ $change }).
    [worsening] { $name } worsened from { $from } to { $to } ({ $change }).
   *[steady] { $name } held from { $from } to { $to } ({ $change }).
}

# Improvement actions this period.
actions-summary = { $overdue ->
    [0] Improvement actions: { $new } new, { $done } completed.
   *[other] Improvement actions: { $new } new, { $done } completed, { $overdue } overdue.
}

## The e-mail that goes with a review

# $document is monthly, qbr or annual; $client the client's name; $period the period.
email-subject = { $client } · { $document ->
    [qbr] Quarterly business review
    [annual] Annual review and renewal
   *[monthly] Monthly service review
} · { $period }
# $name: the contacts' full names ("Stefan Brandt"); $first_name: their first names.
# Use the one your language's business e-mails use (either may be left out).
email-greeting = Dear { $first_name },
email-attached = { $document ->
    [qbr] please find attached your quarterly business review for { $period }.
    [annual] please find attached your annual review for { $period }.
   *[monthly] please find attached your monthly service review for { $period }.
}
email-slas = Service level agreements:
email-sla = { $name }: { $attainment } against { $goal }
email-sla-missed = { $name }: { $attainment } against { $goal } (missed)
email-actions = Improvement actions to discuss:
email-action-overdue = { $id } { $title }: overdue since { $due }
email-action-new = { $id } { $title }: new
email-action-new-due = { $id } { $title }: new, due { $due }
email-regards = Kind regards,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Portfolio review
clients_reviewed = Clients reviewed
health_across_book = Health across the book
clients_at_risk = Clients by risk
renewals_ahead = Renewals in the next 12 months
recurring_revenue = Recurring revenue
satisfaction_volume = Satisfaction and ticket volume
failed_clients = Clients not reviewed: their data failed
client = Client
risk_score = Risk
risk_reasons = Why
credits_period = Credits this period
currency = Currency
mrr = Monthly recurring revenue
new_business = New
expansion = Expansion
contraction = Contraction
churned = Churned
per_client = Per client
gross_retention = Gross retention
net_retention = Net retention
fee_before = Fee before
fee_now = Fee now
tickets_month = Tickets opened
all_clients = All clients
kpis_red_short = Red KPIs
slas_missed_short = SLAs missed
risk-slas-missed = { $count ->
    [one] SLA missed: { $names }
   *[other] { $count } SLAs missed: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI red: { $names }
   *[other] { $count } KPIs red: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI amber: { $names }
   *[other] { $count } KPIs amber: { $names }
}
risk-credit = service credit of { $amount }
risk-worsening = worse than last period: { $names }
risk-overdue = { $count ->
    [one] one overdue improvement action
   *[other] { $count } overdue improvement actions
}
risk-none = nothing of concern
slas-met-count = { $met } of { $total } met
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Monthly recurring revenue
estate_not_covered = Devices and users not covered
devices_counted = Devices counted
users_counted = Users counted
covered = Covered
not_covered = Not covered
no_reviews = No client could be reviewed for this period.
no_renewals = No contract ends in the next 12 months.
fee_changes = Fees that changed
legend_csf = CSF status
legend_sla = SLA result
converted-total = Total in { $currency }
renewals-urgent = { $count ->
    [one] one with notice due within 90 days
   *[other] { $count } with notice due within 90 days
}
rate-item = 1 { $from } = { $rate }
rates-used = Converted at { $rates }.
rates-used-dated = Converted at { $rates }, the rates of { $date }.
more-clients = { $count ->
    [one] One more client is not listed here; every client is in the portfolio's JSON (--json).
   *[other] { $count } more clients are not listed here; every client is in the portfolio's JSON (--json).
}

## Decisions and money, what happened, risks, the plan, the renewal, about these figures
decisions_money = Decisions and money
no_decisions = Nothing is waiting for a decision.
decision = Decision
amount = Amount
renewal_proposal = Renewal proposal
credits_owed = Service credits owed
estate_beyond = Estate beyond the contract
asks = What we ask of you
events_title = Major incidents and changes
event_incident = Incident
event_change = Change
event_security = Security
severity_minor = Minor
severity_major = Major
severity_critical = Critical
event = Event
cause = Cause
answered_by = Answered by
business_impact = Business impact
service = Service
unplanned_downtime = Unplanned downtime
cost_per_hour = Cost of an hour
cost = Cost
risks_title = Risks
no_risks = No risks are recorded in the register.
risk = Risk
likelihood = Likelihood
impact = Impact
score = Score
mitigation = Mitigation
risk_grid = Open risks by likelihood and impact
risk_changes = Since the last review
risks_closed = Closed this period
risk_open = Open
risk_mitigating = Being reduced
risk_accepted = Accepted
risk_closed = Closed
risk_security = Security
risk_continuity = Continuity
risk_compliance = Compliance
risk_capacity = Capacity
risk_lifecycle = Lifecycle
risk_supplier = Supplier
risk_other = Other
plan_title = The plan and its budget
roadmap = Roadmap
initiative = Initiative
budget_forecast = Budget forecast
one_off = One-off
recurring = Recurring
device_refresh = Device refresh
devices_due = Devices
initiatives_done = Completed this period
initiative_proposed = Proposed
initiative_approved = Approved
initiative_in_progress = In progress
initiative_done = Done
initiative_deferred = Deferred
initiative_declined = Declined
initiative_security = Security
initiative_infrastructure = Infrastructure
initiative_lifecycle = Lifecycle
initiative_cloud = Cloud
initiative_compliance = Compliance
initiative_continuity = Continuity
initiative_productivity = Productivity
initiative_other = Other
budget_chart_note = Each quarter's forecast: one-off and recurring costs of the roadmap, and the devices due for replacement.
term = Term
annual_fee_now = Annual fee now
proposed_annual_fee = Proposed annual fee
true_up_year = Estate beyond the contract, for a year
scope_changes = Changes in scope
about_figures = About these figures
what_happened_title = What happened
source_period_files = Period files
source_tickets = Ticket exports
source_calendar = Calendar
source_devices = Device list
source_rules = How the figures are counted
a-month = { $amount } a month
a-year = { $amount } a year
users-affected = { $count ->
    [one] one user affected
   *[other] { $count } users affected
}
users-covered = { $count ->
    [one] { $count } user covered
   *[other] { $count } users covered
}
impact-none = No unplanned downtime in the period.
impact-hours = { $downtime } of unplanned downtime in the period.
impact-costed = { $downtime } of unplanned downtime in the period, which cost the business about { $cost } at the hourly cost of downtime you gave us.
review-overdue = review overdue since { $date }
risk-new = New: { $id } { $title } (score { $score }).
risk-closed-now = Closed: { $id } { $title }.
risk-up = Higher: { $id } { $title }, score { $from } → { $score }.
risk-down = Lower: { $id } { $title }, score { $from } → { $score }.
devices-due = { $count ->
    [one] One of the { $total } devices on the list is due for replacement in the next { $quarters } quarters
   *[other] { $count } of the { $total } devices on the list are due for replacement in the next { $quarters } quarters
}{ $overdue ->
    [0] .
    [one] , one of them already past its refresh date.
   *[other] , { $overdue } of them already past their refresh date.
}
decision-notice = Renewal notice for contract { $id }
credits-for = Owed for { $items }.
renewal-term = { $months } months from { $start }
renewal-economics = We propose { $term } at { $monthly } a month ({ $annual } a year), against { $now } a year now: { $change }.
renewal-true-up = Today's estate beyond the contract would cost { $amount } a year at its prices.
renewal-credits = Service credits paid in the year: { $amount }.
source-periods = { $count } of { $total } months have a period file: { $files }. KPIs typed there and surveys are read as written; availability is counted from the minutes given.
source-tickets = { $files }: { $rows } rows read, { $skipped } skipped. A ticket counts in the month it was opened, in { $timezone } time; resolution and response times are measured by the SLA's calendar.
source-calendar = { $hours }, { $timezone } time, { $holidays } holidays.
source-devices = { $file }: { $count } devices, each due for replacement by the refresh policy of its type.
source-rules = An SLA's attainment is the tickets met over those met and breached; tickets still open within target are listed, not counted. Availability is scheduled minutes less maintenance and downtime, over scheduled minutes less maintenance. A quarter or year is counted from its months: tickets and minutes summed, levels at the period's end, averages weighted by what they average.
figures-as-of = Figures as of { $date }
first_to_last_quarter = First → last quarter
same_months_before = Same months a year before
same-months-note = Compared with the same { $count } months a year before ({ $from } to { $to }): the months of { $period } with data.
biggest_moves = The biggest moves and what explains them
move = Move
explained_by = Explained by
in_the_notes = the notes of the period
no_explanation = No explanation recorded
source_terms = Terms
source-terms = P1 to P4 are ticket priorities, P1 the most urgent. CSI is continuous service improvement: the register of actions agreed with you. A change in points (percentage points) is the difference of two percentages. The cut-off is when the ticket export was taken: a ticket still open then, within its target, is pending. The downtime budget is the unplanned downtime an availability goal allows.
source-priorities = The priorities as your ticketing system (PSA) names them: { $priorities }.
appendix = Appendix
