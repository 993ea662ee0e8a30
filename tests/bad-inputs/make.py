"""Writes the generated part of the bad-input catalogue: each case a small change to a
valid client.yaml, period file or ticket export (the fixture of tests/tests.rs), and the
message `validate` must give for it. Run from this directory: python3 make.py. The
hand-written cases above the `# generated` line of catalogue.tsv are kept."""
import os

CLIENT = open("client-typo-field.yaml").read().replace("tagret: 75", "target: 75")
PERIOD = "kpis: { fcr: 76.5 }\nslas: { p1: { met: 19, breached: 1 } }\n"
H = "id,opened,responded,resolved,priority\n"
ROW = "1,2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P1\n"
TK = CLIENT + "tickets: { files: t.csv }\n"

def c(old, new, count=1):
    assert old in CLIENT, old
    return CLIENT.replace(old, new, count)

def add(extra):
    return CLIENT + extra

CAL = "calendars:\n  office: { timezone: Europe/London, hours: { mon-fri: \"09:00-17:00\" } }\n"
CASES = [
    # client: the client block
    ("client", c("name: Fixture Ltd, ", ""), "missing field `name`"),
    ("client", c("name: Fixture Ltd", "name: [Fixture, Ltd]"), "`client.name`"),
    ("client", c("timezone: Europe/London", "timezone: GMT+1"), "unknown time zone `GMT+1`"),
    ("client", c("timezone: Europe/London", "timezone: Europe/London, locale: xx-YY"), "`client.locale`"),
    ("client", c("name: Fixture Ltd", "name: Fixture Ltd, colour: red"), "unknown field `colour`"),
    # contract
    ("client", c("id: F-1, ", ""), "missing field `id`"),
    ("client", c("start: 2026-01-01", "start: 2026-02-30"), "`contract.start`"),
    ("client", c("end: 2026-12-31", "end: 31/12/2026"), "`contract.end`"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, fee: { monthly: -5, currency: GBP }"), "`contract.fee.monthly`: the monthly fee must be a number of 0 or more"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, fee: { monthly: 5000, currency: pounds }"), "`pounds` is not an ISO 4217 currency code"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, fee: { monthly: 1e400, currency: GBP }"), "`contract.fee.monthly`"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, devices_covered: -1"), "`contract.devices_covered`"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, users_covered: 100000000"), "`contract.users_covered`: 100000000 is more than ten million"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, notice_days: -5"), "`contract.notice_days`"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, notice_days: sixty"), "`contract.notice_days`"),
    ("client", c("end: 2026-12-31", "end: 2026-12-31, notice_days: 4000"), "a notice period of 4000 days"),
    # contacts
    ("client", add("contacts:\n  - { name: Maria Delgado, email: maria.example.com }\n"), "`contacts[0].email`: `maria.example.com` is not an e-mail address"),
    ("client", add("contacts:\n  - { name: Maria Delgado, email: m@example.com, reviews: [weekly] }\n"), "`contacts[0].reviews[0]`: unknown review kind `weekly`"),
    ("client", add("contacts:\n  - { name: Maria Delgado }\n"), "missing field `email`"),
    ("client", add("contacts: Maria\n"), "`contacts`"),
    # csfs
    ("client", c("kpis: [fcr] }", "kpis: [fcx] }"), "unknown KPI `fcx`"),
    ("client", c("kpis: [fcr] }", "kpis: [fcr], slas: [p9] }"), "unknown SLA `p9`"),
    ("client", c("  - { id: desk, name: Service desk, kpis: [fcr] }", "  - { id: desk, name: Service desk, kpis: [fcr] }\n  - { id: desk, name: Again, kpis: [fcr] }"), "`desk`"),
    ("client", c("name: Service desk, ", ""), "missing field `name`"),
    # kpis
    ("client", c("unit: percent", "unit: percentage"), "unknown value `percentage`"),
    ("client", c("better: higher", "better: sideways"), "unknown value `sideways`"),
    ("client", c("target: 75", "target: seventy-five"), "`kpis[0].target`"),
    ("client", c("target: 75", "target: 75\n    warning: 80"), "`kpis[0].warning`"),
    ("client", c("target: 75", "target: 75\n    from: telepathy"), "unknown value `telepathy`"),
    ("client", c("target: 75", "target: 75\n    aggregate: average"), "unknown value `average`"),
    ("client", c("target: 75", "target: 75\n    decimals: -1"), "`kpis[0].decimals`"),
    ("client", c("target: 75", "target: 75\n    decimals: 5"), "at most 4 decimals are shown"),
    ("client", c("target: 75", "target: 75\n    from: tickets-resolution-mean"), "`kpis[0].unit`: this unit does not fit where the value comes from"),
    ("client", c("target: 75", "target: 150"), "`kpis[0].target`: 150 is out of range: a percentage is between 0 and 100"),
    ("client", c("    name: First-contact resolution\n", ""), "missing field `name`"),
    ("client", c("    target: 75\n", "    target: 75\n  - { id: fcr, name: Again, unit: count, better: lower, target: 1 }\n"), "`fcr`"),
    # slas
    ("client", c("priority: P1, ", ""), "a tickets SLA needs `priority`"),
    ("client", c("clock: response", "clock: reaction"), "unknown value `reaction`"),
    ("client", c("within: 15m", "within: 15 minutes"), "`slas[0].within`"),
    ("client", c("within: 15m", "within: -15m"), "`slas[0].within`"),
    ("client", c("goal: 95%", "goal: 150%"), "`slas[0].goal`"),
    ("client", c("goal: 95%", "goal: high"), "`slas[0].goal`"),
    ("client", c("goal: 95%", "goal: 95%, calendar: office"), "unknown calendar `office`"),
    ("client", c("within: 15m", "within: 2d, calendar: office") + CAL, "on a business calendar would count 48 business hours"),
    ("client", c("  - { id: p1,", "  - { id: p1, name: Dup, priority: P1, clock: response, within: 15m, goal: 95% }\n  - { id: p1,"), "`p1`"),
    ("client", c("clock: response, ", ""), "a tickets SLA needs `clock`"),
    ("client", c("goal: 95%", "goal: 95%, kind: magic"), "unknown value `magic`"),
    # calendars
    ("client", add(CAL.replace("Europe/London", "Mars/Olympus")), "unknown time zone `Mars/Olympus`"),
    ("client", add(CAL.replace("mon-fri", "funday")), "`funday` is not a day of the week"),
    ("client", add(CAL.replace("mon-fri", "fri-mon")), "the day range `fri-mon` runs backwards"),
    ("client", add(CAL.replace("09:00-17:00", "25:00-26:00")), "`25:00` is not a time of day"),
    ("client", add(CAL.replace("09:00-17:00", "9-17")), "`calendars.office.hours.mon-fri`: `9` is not a time (HH:MM)"),
    ("client", add(CAL.replace("09:00-17:00", "09:00-17:00, 12:00-13:00")), "overlap"),
    ("client", add(CAL.replace("} }\n", "}, holidays: [2026-13-25] }\n")), "`calendars.office.holidays[0]`"),
    ("client", add(CAL.replace("} }\n", "}, exceptions: { 2026-12-24: \"9am-1pm\" } }\n")), "`calendars.office.exceptions.2026-12-24`"),
    ("client", add(CAL.replace("} }\n", "}, holidays_ics: missing.ics }\n")), "missing.ics"),
    ("client", add(CAL.replace("} }\n", "}, holidays_ics: /etc/hosts }\n")), "`/etc/hosts` is an absolute path"),
    # tickets section
    ("client", add("tickets: { files: t.csv, profile: kaseya }\n"), "unknown value `kaseya`"),
    ("client", add("tickets: { files: t.csv, bad_rows: ignore }\n"), "unknown value `ignore`"),
    ("client", add("tickets: { files: t.csv, timezone: CET+1 }\n"), "unknown time zone `CET+1`"),
    ("client", add("tickets: { files: t.csv, columns: { created: Created } }\n"), "unknown field `created`"),
    ("client", add("tickets: { files: t.csv, date_format: \"%d/%m/%Y\" }\n"), "does not give year, month, day, hour and minute"),
    ("client", add("tickets: { files: t.csv, hold: { file: h.csv, statuses: Waiting } }\n"), "`tickets.hold.statuses`"),
    ("client", add("tickets: { files: t.csv, calendar: office }\n"), "unknown calendar `office`"),
    ("client", add("tickets: { files: t.csv, as_of: 2026-11-31T00:00:00Z }\n"), "`tickets.as_of`"),
    ("client", add("tickets: { files: missing.csv }\n"), "ticket export `missing.csv` not found"),
    ("client", add("tickets: { files: [t.csv, /tmp/x.csv] }\n"), "`/tmp/x.csv` is an absolute path"),
    ("client", add("tickets: { profile: generic }\n"), "missing field `files`"),
    # YAML syntax
    ("client", CLIENT.replace("    name: First", "\tname: First"), "client.yaml:7"),
    ("client", c("name: Fixture Ltd", "name: \"Fixture Ltd"), "client.yaml:"),
    ("client", c("timezone: Europe/London }", "timezone: Europe/London }\nclient: { name: Again }"), "duplicate"),
    ("client", CLIENT.replace("kpis:\n  - id: fcr", "kpis:\n - id: fcr", 1), "client.yaml:"),
    ("client", "just a sentence\n", "client.yaml"),
    ("client", "- a\n- list\n", "client.yaml"),
    ("client", "", "the file is empty"),
    # period file
    ("period", PERIOD.replace("76.5", "\"76.5%\""), "`kpis.fcr`: not a KPI value"),
    ("period", PERIOD.replace("76.5", "{ num: 5, den: 0 }"), "`kpis.fcr`: must be a finite number"),
    ("period", PERIOD.replace("76.5", "{ num: -5, den: 10 }"), "`kpis.fcr`: must be a finite number"),
    ("period", PERIOD.replace("76.5", "{ value: 70, count: -3 }"), "`kpis.fcr`: must be a finite number"),
    ("period", PERIOD.replace("76.5", "{ num: 392, denominator: 500 }"), "`kpis.fcr`"),
    ("period", PERIOD.replace("76.5", "-4"), "-4 is out of range: a percentage is between 0 and 100"),
    ("period", PERIOD.replace("76.5", "1e400"), "`kpis.fcr`"),
    ("period", PERIOD.replace("met: 19", "met: -1"), "`slas.p1.met`"),
    ("period", PERIOD.replace("met: 19", "met: 2000000000"), "a ticket count above a billion"),
    ("period", PERIOD.replace("met: 19", "met: many"), "`slas.p1.met`"),
    ("period", PERIOD.replace("p1:", "p9:"), "unknown tickets SLA `p9`"),
    ("period", PERIOD.replace("breached: 1", "breached: 1, late: 2"), "unknown field `late`"),
    ("period", PERIOD + "availability: { p1: { downtime_minutes: 5 } }\n", "`availability.p1`"),
    ("period", PERIOD + "availability: { erp: { downtime_minutes: 5 } }\n", "`availability.erp`"),
    ("period", PERIOD + "surveys: { csat: [6, 7] }\n", "`surveys"),
    ("period", PERIOD + "notes: [a, b]\n", "`notes`"),
    ("period", PERIOD + "actions:\n  - { id: A1, title: Fix it, status: maybe }\n", "unknown value `maybe`"),
    ("period", PERIOD + "actions:\n  - { id: A1, status: open }\n", "missing field `title`"),
    ("period", PERIOD + "actions:\n  - { id: A1, title: Fix it, status: open, due: next week }\n", "`actions[0].due`"),
    ("period", PERIOD + "actions:\n  - { id: A1, title: Fix it, status: open, csf: nowhere }\n", "`nowhere`"),
    ("period", PERIOD + "actions:\n  - { id: A1, title: Fix it, status: done }\n", "`actions[0].closed`: a done or cancelled action needs the date it closed"),
    ("period", PERIOD + "kpi: { fcr: 1 }\n", "unknown field `kpi`"),
    ("period", "kpis: [fcr, 76.5]\n", "`kpis`"),
    ("period", "kpis: { fcr: 76.5 }\nkpis: { fcr: 70 }\n", "duplicate"),
    ("period", PERIOD + "notes: \"" + "x" * 10001 + "\"\n", "`notes`: a text of 10001 characters"),
    ("period", PERIOD + "notes: \"Über 🚀\"\n", "the character `🚀` (U+1F680) cannot be printed"),
    # ticket exports
    ("export", "", "the export is empty: no header row"),
    ("export", "\n\n", "the export is empty: no header row"),
    ("export", "id;opened;responded;resolved;priority\n1;2026-10-01 09:00;;;P1\n", "missing column `id` (id)"),
    ("export", H + ",2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P1\n", "t.csv:2: `id`: the ticket id is empty"),
    ("export", H + "1,,2026-10-01 09:05,2026-10-01 10:00,P1\n", "t.csv:2: `opened`: ticket 1: the date-time is empty"),
    ("export", H + "1,yesterday,2026-10-01 09:05,2026-10-01 10:00,P1\n", "t.csv:2: `opened`: ticket 1: `yesterday` is not a date-time"),
    ("export", H + "1,2026-10-01 25:00,2026-10-01 09:05,2026-10-01 10:00,P1\n", "`2026-10-01 25:00` is not a date-time"),
    ("export", H + "1,2026-02-30 09:00,2026-10-01 09:05,2026-10-01 10:00,P1\n", "`2026-02-30 09:00` is not a date-time"),
    ("export", H + "1,2026-10-01 09:00,2026-10-01 09:05,2026-09-01 10:00,P1\n", "resolved at 2026-09-01 10:00 before it was opened"),
    ("export", H + "1,2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,\n", "t.csv:2: `priority`: ticket 1: unknown priority ``"),
    ("export", H + "1,2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,Critical\n", "unknown priority `Critical`"),
    ("export", H + "1,9999-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P1\n", "`9999-10-01 09:00` is not a date-time"),
    ("export", "id,opened,responded,resolved,priority,reopened\n" + ROW.strip() + ",perhaps\n", "`reopened`: ticket 1: `perhaps` is not yes/no"),
    ("export", "id,opened,responded,resolved,priority,escalated\n" + ROW.strip() + ",tier two\n", "`escalated`: ticket 1: `tier two` is not yes/no"),
    ("export", "id,opened,responded,resolved,priority,first_contact\n" + ROW.strip() + ",2x\n", "`first_contact`: ticket 1: `2x` is not yes/no"),
    ("export", "id,opened,responded,resolved,priority,on_hold_minutes\n" + ROW.strip() + ",-30\n", "`-30` is not a number of minutes"),
    ("export", "id,opened,responded,resolved,priority,on_hold_minutes\n" + ROW.strip() + ",half an hour\n", "`half an hour` is not a number of minutes"),
    ("export", "id,opened,response_minutes,resolved,priority\n1,2026-10-01 09:00,-5,2026-10-01 10:00,P1\n", "`-5` is not a number of minutes"),
    ("export", "id,opened,response_minutes,resolved,priority\n1,2026-10-01 09:00,NaN,2026-10-01 10:00,P1\n", "`NaN` is not a number of minutes"),
    ("export", "id,opened,response_hours,resolved,priority\n1,2026-10-01 09:00,1:xx,2026-10-01 10:00,P1\n", "`1:xx` is not a number of hours"),
    ("export", "id,opened,resolved,priority\n" + "1,2026-10-01 09:00,2026-10-01 10:00,P1\n", "`P1 response` cannot be measured: the export has no first-response column"),
    ("export", H + "x" * 101 + ",2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P1\n", "the ticket id is longer than 100 characters"),
    ("export", H + "1,2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P1\n\"2,2026-10-02 09:00\n", "t.csv"),
    ("export", H + "1,2026-10-01T09:00:00+25:00,2026-10-01 09:05,2026-10-01 10:00,P1\n", "is not a date-time"),
    ("export", H + "1,13/10/2026 09:00,13/10/2026 09:05,13/10/2026 10:00,P1\n2,2026-10-01 09:00,10/14/2026 09:05,2026-10-01 10:00,P1\n", "the dates are in both orders"),
    ("export-bytes", (H + "1,2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P\xe91\n").encode("latin-1"), "t.csv"),
]

def main():
    lines = []
    for i, (kind, text, expect) in enumerate(CASES, 1):
        ext = "csv" if kind.startswith("export") else "yaml"
        name = f"gen-{i:03d}-{kind.replace('-bytes', '')}.{ext}"
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        open(os.path.join("generated", name), "wb").write(data)
        lines.append(f"generated/{name}\t{kind.replace('-bytes', '')}\t{expect}")
    head = open("catalogue.tsv").read().split("# generated")[0].rstrip("\n")
    open("catalogue.tsv", "w").write(head + "\n# generated by make.py\n" + "\n".join(lines) + "\n")
    print(len(CASES), "generated cases")

if __name__ == "__main__":
    os.makedirs("generated", exist_ok=True)
    main()
