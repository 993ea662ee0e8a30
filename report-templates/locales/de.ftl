# svcreview: die Texte der Berichte, auf Deutsch.
#
# Fluent-Syntax (https://projectfluent.org/fluent/guide/). Um eine Formulierung zu ändern,
# kopieren Sie eine Nachricht nach <Vorlagenverzeichnis>/locales/<Sprache>.ftl; Nachrichten,
# die Sie weglassen, behalten ihren mitgelieferten Text. Für eine weitere Sprache kopieren
# Sie die englische Referenzdatei en.ftl vollständig nach locales/<Tag>.ftl (zum Beispiel
# pl.ftl oder pt-PT.ftl) und übersetzen jeden Wert; `svcreview validate` listet die noch
# fehlenden auf.
#
# Zwei Arten von Nachrichten:
# - Bezeichnungen (IDs in snake_case, ohne $Variablen): Überschriften, Spaltenköpfe,
#   einzelne Wörter. Die Vorlagen zeigen sie unverändert an.
# - Sätze (IDs in kebab-case, mit $Variablen): svcreview setzt die Variablen ein.
#   Variablen namens $count, $total, $met, ... sind Zahlen (für Pluralselektoren: im
#   Deutschen [one] und *[other]); jede andere Variable ist bereits für die Sprache
#   formatierter Text (eine Zahl mit Einheit, ein Datum, ein Name, eine bereits mit „und“
#   verbundene Aufzählung).
#   Behalten Sie jede Variable einer Nachricht bei; sie darf an jede Stelle rücken, die
#   der Satzbau verlangt.


## Bezeichnungen

monthly_title = Monatliches Service-Review
prepared_for = Erstellt für
prepared_by = Erstellt von
period = Zeitraum
contract = Vertrag
sdm = Service Delivery Manager
contents = Inhalt
issued = Ausgabedatum
at_a_glance = Auf einen Blick
measured_by = Gemessen an
no_credits_short = keine fällig
csat_short = Kundenzufriedenheit
nps_short = Net Promoter Score
budget_allows = Ausfallzeitbudget
level_at_period_end = Stand am Ende des Zeitraums
month = Monat
total = Gesamt
other_kpis = Weitere KPIs
charts_note = Monatsverlauf über zwölf Monate, gemessen am monatlichen Zielwert.
at_period_end = offen am Ende des Zeitraums
credits_quarter = Servicegutschriften in diesem Quartal
kind = Art
proposal = Vorschlag
agenda = Agenda
thank_you = Vielen Dank
next_review = Nächstes Review
dashboard = Dashboard
sla_by_month = SLAs nach Monaten
kpi_slides = Leistungskennzahlen
months = Monate
your_sdm = Ihr Service Delivery Manager
next_review_qbr = Nächstes Quartals-Review
next_review_annual = Nächstes Jahres-Review
at_period_end_kpi = am Ende des Zeitraums
charts_note_qbr = Monatsverlauf über zwölf Monate, gemessen am monatlichen Zielwert; die Monate dieses Quartals sind hinterlegt.
executive_summary = Management Summary
csf_at_a_glance = Kritische Erfolgsfaktoren auf einen Blick
slas = Service Level Agreements
sla = SLA
measure = Messgröße
goal = Sollwert
attainment = Istwert
margin = Abweichung
trend = Trend
result = Ergebnis
tickets = Tickets
met = Erfüllt
missed = Verfehlt
breached = Verletzt
pending = Ausstehend
uptime = Verfügbarkeit
downtime = Ausfallzeit
maintenance = Wartung
service_credits = Servicegutschriften
credit = Gutschrift
no_credits = Für diesen Zeitraum sind keine Servicegutschriften fällig.
kpis_by_csf = KPIs nach kritischem Erfolgsfaktor
kpi = KPI
csf = Kritischer Erfolgsfaktor
kpis_on_target = KPIs im Ziel
red_lower = nicht im Ziel
amber_lower = knapp am Ziel
value = Wert
target = Zielwert
previous_month = Vormonat
change = Veränderung
year_ago = Vorjahresmonat
status = Status
trends = KPIs nach Monaten
sla_history = SLAs nach Monaten
surveys = Kundenfeedback
csat = Kundenzufriedenheit (CSAT)
nps = Net Promoter Score (NPS)
ces = Customer Effort Score (CES)
csi = Kontinuierliche Serviceverbesserung
csi_new = Neu in diesem Zeitraum
csi_done = Abgeschlossen in diesem Zeitraum
csi_overdue = Überfällig
csi_open = In Bearbeitung
action = Maßnahme
owner = Verantwortlich
due = Fällig
notes = Anmerkungen Ihres Service Delivery Managers
what_happened = Was geschah, Monat für Monat
renewal_decision_by = Entscheidung über die Verlängerung bis
reconciliation = Erfasste Werte, die die Ticket-Exporte anders messen
miss = Verfehlt oder nicht im Ziel
misses_answered = Verfehlungen und die Maßnahmen dazu
no_action_recorded = Keine Maßnahme erfasst
no_renewal_recommendation = Es ist noch keine Empfehlung zur Verlängerung erfasst.
no_recommendations = Für dieses Quartal sind keine Empfehlungen erfasst.
no_data = keine Daten
no_actions = Keine Maßnahmen.
green = Im Ziel
amber = Knapp am Ziel
red = Nicht im Ziel
no-data = Keine Daten
improving = verbessert
worsening = verschlechtert
steady = stabil
open = Offen
in-progress = In Bearbeitung
done = Erledigt
cancelled = Abgebrochen
target_line = Ziel
goal_line = Soll
confidential = Vertraulich
qbr_title = Quartals-Business-Review
annual_title = Jahres-Review und Vertragsverlängerung
previous_quarter = Vorquartal
quarter = Quartal
year = Jahr
previous_year = Vorjahr
recommendations = Empfehlungen
next_focus = Schwerpunkte für das nächste Quartal
restated = Seit dem letzten Review korrigierte Zahlen
restated_note = Diese Zahlen weichen vom zuletzt vorgestellten Review ab, da seitdem Daten oder Definitionen korrigiert wurden.
presented = Wie vorgestellt
now = Aktuell
contract_renewal = Vertrag und Verlängerung
contract_end = Vertragsende
notice_period = Kündigungsfrist
notice_deadline = Letzter Kündigungstermin
annual_value = Jährlicher Vertragswert
credits_year = Servicegutschriften in diesem Jahr
renewal_recommendation = Empfehlung zur Verlängerung
proposals = Vorschläge für die Verlängerung
sla_grid = SLA-Ergebnisse nach Monaten
kpi_yoy = KPIs im Vorjahresvergleich
sla_kind = Änderung SLA
kpi_kind = KPI
csf_kind = Änderung Erfolgsfaktor
other_kind = Sonstiges
ticket_volume = Ticketvolumen und Backlog
opened = Eröffnet
closed = Gelöst
backlog = Backlog
fcr_short = Erstlösungsquote
escalation_short = Eskaliert
opened_per_month = Eröffnete Tickets pro Monat
backlog_per_month = Backlog zum Monatsende
ticket_times = Reaktions- und Lösungszeiten
basis = Zeitbasis
mean = Mittelwert
median = Median
p90 = 90. Perzentil
first_response = Erstreaktion
resolution_time = Lösung
business = Geschäftszeiten
around_the_clock = rund um die Uhr
elapsed = Kalenderzeit
breaches = SLA-Verletzungen und zum Stichtag ausstehende Tickets
ticket = Ticket
opened_at = Eröffnet
actual = Tatsächlich
over = Überschreitung

# Formen einiger Bezeichnungen im laufenden Text, wie sie in einer Zeile der Präsentation
# nach einem Semikolon stehen (im Englischen kleingeschrieben; im Deutschen behalten
# Substantive ihre Großschreibung).
previous_quarter_inline = Vorquartal
previous_year_inline = Vorjahr
budget_allows_inline = Ausfallzeitbudget
credit_inline = Gutschrift

## Sätze

# Seitenfuß: „Seite 3 von 12“.
page-of = Seite { $page } von { $pages }

# Ein Zeitraum. $quarter ist 1–4, $year z. B. 2026; $from und $to sind Monate („April 2026“).
period-quarter = Q{ $quarter } { $year }
period-range = { $from } – { $to }

# Ein Name oder ein Monat mit seinem Wert daneben: „ERP-Verfügbarkeit (99,1 %)“.
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] 1 Ticket fehlte zum Sollwert
   *[other] { $count } Tickets fehlten zum Sollwert
}
with-figure-short = { $name } ({ $figure }, { $short })

# Eine Veränderung in Prozentpunkten: „+2,1 Pp.“. $value ist die Zahl mit Vorzeichen.
change-points = { $amount ->
   *[other] { $value } Pp.
}

# Anzahlen, als kurze Wendungen.
responses-count = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
days-overdue = { $count ->
    [one] { $count } Tag überfällig
   *[other] { $count } Tage überfällig
}
devices-covered = { $count ->
    [one] { $count } Gerät abgedeckt
   *[other] { $count } Geräte abgedeckt
}
rows-skipped = { $count ->
    [one] { $count } Zeile der Ticketexporte wurde als unlesbar übersprungen; sie ist in der JSON-Datei aufgeführt.
   *[other] { $count } Zeilen der Ticketexporte wurden als unlesbar übersprungen; sie sind in der JSON-Datei aufgeführt.
}
more-breaches = { $count ->
    [one] { $count } weitere SLA-Verletzung ist hier nicht aufgeführt; Ihr Service Delivery Manager stellt Ihnen gern die vollständige Liste zur Verfügung.
   *[other] { $count } weitere SLA-Verletzungen sind hier nicht aufgeführt; Ihr Service Delivery Manager stellt Ihnen gern die vollständige Liste zur Verfügung.
}
# Tickets eines SLA: „42 erfüllt · 3 verletzt · 1 ausstehend“.
sla-counts = { $met } erfüllt · { $breached } verletzt
sla-counts-pending = { $met } erfüllt · { $breached } verletzt · { $pending } ausstehend
# Minuten eines Verfügbarkeits-SLA; $downtime und $maintenance sind Dauern („42 Min.“).
availability-minutes = { $downtime } Ausfallzeit · { $maintenance } Wartung
# Der verbrauchte Anteil des Ausfallzeitbudgets: „40 % verbraucht“.
budget-used = { $share } verbraucht
# Der Monatszielwert eines KPI neben seinem Diagramm: „Ziel 20 pro Monat“.
target-per-month = Ziel { $target } pro Monat
# Die Ziel- und Sollwertlinien der Diagramme: „Ziel 75 %“, „Soll 99,9 %“.
chart-target = Ziel { $value }
chart-goal = Soll { $value }
# Wann eine Verbesserungsmaßnahme eröffnet und abgeschlossen wurde; $date ist ein Datum.
action-opened = eröffnet am { $date }
action-closed = abgeschlossen am { $date }

# Was ein SLA misst. $priority ist der Prioritätsname des Kunden (P1), $within eine
# Dauer (4 Std.), $calendar der Name des Kalenders des Kunden (24x7, Geschäftszeiten).
measure-response = Reaktion { $priority } innerhalb von { $within }, { $calendar }
measure-resolution = Lösung { $priority } innerhalb von { $within }, { $calendar }
measure-uptime = Verfügbarkeit { $service }

# Servicegutschriften. $share ist ein Prozentsatz, $amount ein Geldbetrag, $month ein Monat.
credit-share = { $share } des Monatsentgelts
credit-share-amount = { $amount } ({ $share } des Monatsentgelts)
months-credited = { $count ->
    [one] { $count } Monat gutgeschrieben
   *[other] { $count } Monate gutgeschrieben
}
credit-total = { $share } ({ $amount })

# In wie vielen Monaten ein SLA seinen Sollwert erreicht hat.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = in { $off } von { $total } Monaten nicht im Ziel
months-met-none = Kein Monat mit Messdaten
months-met-last-12 = In { $met } der letzten 12 Monate erfüllt
months-met-with-data = { $total ->
    [one] In { $met } von { $total } Monat mit Daten erfüllt (letzte 12 Monate)
   *[other] In { $met } von { $total } Monaten mit Daten erfüllt (letzte 12 Monate)
}
months-met = { $total ->
    [one] { $met } von { $total } Monat erfüllt
   *[other] { $met } von { $total } Monaten erfüllt
}

# Ein ausgelassener Vergleich: „Kein Vergleich: Daten für 2024 liegen nur für 2 der 12 Monate vor.“
not-compared = Kein Vergleich: Daten für { $period } liegen nur für { $have } der { $need } Monate vor.

# Der letzte Kündigungstermin des Vertrags, gezählt ab dem Ende des Zeitraums.
notice-passed = { $count ->
    [one] bereits { $count } Tag vor Ende des Zeitraums abgelaufen
   *[other] bereits { $count } Tage vor Ende des Zeitraums abgelaufen
}
notice-today = der letzte Tag des Zeitraums
notice-days-left = { $count ->
    [one] { $count } Tag nach Ende des Zeitraums
   *[other] { $count } Tage nach Ende des Zeitraums
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Ohne Kündigung bis dahin verlängert sich der Vertrag um { $months ->
    [one] einen Monat
   *[other] { $months } Monate
} bis zum { $until }.
by-default-renewed = Wurde bis dahin nicht gekündigt, verlängert sich der Vertrag um { $months ->
    [one] einen Monat
   *[other] { $months } Monate
} bis zum { $until }.
by-default-ends = Ohne vereinbarte Verlängerung endet der Vertrag am { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Kündigungstermin für Vertrag { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = Der Kündigungstermin für Vertrag { $id } war der { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = Für { $name } erfassen die Periodendateien { $typed }; die Ticket-Exporte messen { $measured } über { $tickets ->
    [one] ein Ticket
   *[other] { $tickets } Tickets
} desselben Zeitraums. Die Kennzahl zeigt die erfasste Zahl; die andere ist aus den Tickets des Zeitraums in den Exporten gemessen.
reconcile-differs-plain = Für { $name } erfassen die Periodendateien { $typed }; die Ticket-Exporte messen { $measured } für denselben Zeitraum. Die Kennzahl zeigt die erfasste Zahl; die andere ist aus den Tickets des Zeitraums in den Exporten gemessen.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] ein Gerät
   *[other] { $count } Geräte
} mehr als die { $covered } abgedeckten
beyond-users = { $count ->
    [one] ein Benutzer
   *[other] { $count } Benutzer
} mehr als die { $covered } abgedeckten
estate-beyond = Im { $month } umfasste der Bestand { $items }; der Vertrag nennt dafür keinen Preis.
estate-beyond-priced = Im { $month } umfasste der Bestand { $items }: { $amount } pro Monat zu den Vertragspreisen.

## Die Management Summary: jede Nachricht ist ein Satz.

# Kritische Erfolgsfaktoren. $others ist eine Aufzählung der zutreffenden csfs-count-*-
# Wendungen, mit „und“ verbunden: „1 knapp am Ziel und 2 nicht im Ziel“.
csfs-none = Es sind keine kritischen Erfolgsfaktoren definiert.
csfs-all-on-target = { $total ->
    [one] Der kritische Erfolgsfaktor ist im Ziel.
   *[other] Alle { $total } kritischen Erfolgsfaktoren sind im Ziel.
}
csfs-none-on-target = { $total ->
    [one] Der kritische Erfolgsfaktor ist nicht im Ziel: { $others }.
   *[other] Keiner der { $total } kritischen Erfolgsfaktoren ist im Ziel: { $others }.
}
csfs-some-on-target = Von { $total } kritischen Erfolgsfaktoren { $green ->
    [one] ist { $green } im Ziel
   *[other] sind { $green } im Ziel
}; { $others }.
csfs-count-amber = { $count } knapp am Ziel
csfs-count-red = { $count } nicht im Ziel
csfs-count-no-data = { $count } ohne Daten

# SLAs. $longer ist „yes“ bei einem Quartal oder Jahr, sonst „no“. $missed ist eine
# Aufzählung der verfehlten SLAs mit ihren Werten: „Reaktion P1 (80,0 %) und ERP-Verfügbarkeit (99,1 %)“.
slas-none = Es werden keine SLAs gemessen.
slas-nothing-measured = In diesem Zeitraum lagen für kein SLA Messdaten vor.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] Das SLA wurde im Zeitraum insgesamt erfüllt.
       *[no] Das SLA wurde erfüllt.
    }
   *[other] { $longer ->
        [yes] Alle { $met } SLAs wurden im Zeitraum insgesamt erfüllt.
       *[no] Alle { $met } SLAs wurden erfüllt.
    }
}
slas-all-met-some-empty = { $met ->
    [one] Das SLA mit Messdaten wurde erfüllt; für { $no_data } lagen keine Messdaten vor.
   *[other] Alle { $met } SLAs mit Messdaten wurden erfüllt; für { $no_data } lagen keine Messdaten vor.
}
slas-some-missed = { $met ->
    [one] { $met } von { $measured } SLAs wurde erfüllt; verfehlt: { $missed }.
   *[other] { $met } von { $measured } SLAs wurden erfüllt; verfehlt: { $missed }.
}

# Ein über das Quartal oder Jahr erfülltes SLA, das einzelne Monate verfehlt hat. $months ist
# eine Aufzählung von Monaten mit ihren Werten: „Mai 2026 (94,1 %) und Juni 2026 (93,0 %)“.
missed-months = { $count ->
    [one] { $name } hat den Sollwert im Zeitraum insgesamt erreicht, ihn aber in { $count } Monat verfehlt: { $months }.
   *[other] { $name } hat den Sollwert im Zeitraum insgesamt erreicht, ihn aber in { $count } Monaten verfehlt: { $months }.
}

# Fällige Servicegutschriften. $items ist eine Aufzählung von credit-item-Wendungen.
credits-due = Für diesen Zeitraum sind Servicegutschriften in Höhe von { $amount } fällig.
credits-due-items = Es sind Servicegutschriften in Höhe von { $amount } fällig: { $items }.
credit-item = { $name } mit { $attainment }
credit-item-month = { $name } im { $month } mit { $attainment }

# KPIs, die Aufmerksamkeit erfordern; $kpis ist eine Aufzählung von against-target-Wendungen.
attention-red = Nicht im Ziel: { $kpis }.
attention-amber = Knapp am Ziel: { $kpis }.
against-target = { $name } ({ $value }, Ziel { $target })

# Die größten Veränderungen der KPIs. $direction ist improving, worsening oder steady.
kpi-change = { $direction ->
    [improving] { $name }: verbessert von { $from } auf { $to } ({ $change }).
    [worsening] { $name }: verschlechtert von { $from } auf { $to } ({ $change }).
   *[steady] { $name }: stabil bei { $to } (zuvor { $from }, { $change }).
}

# Verbesserungsmaßnahmen in diesem Zeitraum.
actions-summary = { $overdue ->
    [0] Verbesserungsmaßnahmen: { $new } neu, { $done } abgeschlossen.
   *[other] Verbesserungsmaßnahmen: { $new } neu, { $done } abgeschlossen, { $overdue } überfällig.
}

## Die E-Mail zum Review

# $document ist monthly, qbr oder annual; $client der Name des Kunden; $period der Zeitraum.
email-subject = { $client } · { $document ->
    [qbr] Quartals-Business-Review
    [annual] Jahres-Review und Vertragsverlängerung
   *[monthly] Monatliches Service-Review
} · { $period }
email-greeting = Guten Tag { $name },
email-attached = { $document ->
    [qbr] anbei erhalten Sie Ihr Quartals-Business-Review für { $period }.
    [annual] anbei erhalten Sie Ihr Jahres-Review für { $period }.
   *[monthly] anbei erhalten Sie Ihr monatliches Service-Review für { $period }.
}
email-slas = Service Level Agreements:
email-sla = { $name }: { $attainment } bei einem Sollwert von { $goal }
email-sla-missed = { $name }: { $attainment } bei einem Sollwert von { $goal } (verfehlt)
email-actions = Zu besprechende Verbesserungsmaßnahmen:
email-action-overdue = { $id } { $title }: überfällig seit { $due }
email-action-new = { $id } { $title }: neu
email-action-new-due = { $id } { $title }: neu, fällig am { $due }
email-regards = Mit freundlichen Grüßen

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Portfolio-Review
clients_reviewed = Geprüfte Kunden
health_across_book = Zustand des Kundenbestands
clients_at_risk = Kunden nach Risiko
renewals_ahead = Verlängerungen in den nächsten 12 Monaten
recurring_revenue = Wiederkehrender Umsatz
satisfaction_volume = Zufriedenheit und Ticketvolumen
failed_clients = Nicht geprüfte Kunden: fehlerhafte Daten
client = Kunde
risk_score = Risiko
risk_reasons = Gründe
credits_period = Gutschriften im Zeitraum
currency = Währung
mrr = Monatlich wiederkehrender Umsatz
new_business = Neu
expansion = Ausweitung
contraction = Rückgang
churned = Abgewandert
per_client = Pro Kunde
gross_retention = Bruttobindung
net_retention = Nettobindung
fee_before = Gebühr vorher
fee_now = Gebühr jetzt
tickets_month = Eröffnete Tickets
all_clients = Alle Kunden
kpis_red_short = Rote KPIs
slas_missed_short = Verfehlte SLAs
risk-slas-missed = { $count ->
    [one] SLA verfehlt: { $names }
   *[other] { $count } SLAs verfehlt: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI rot: { $names }
   *[other] { $count } KPIs rot: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI gelb: { $names }
   *[other] { $count } KPIs gelb: { $names }
}
risk-credit = Gutschrift von { $amount }
risk-worsening = schlechter als im Vorzeitraum: { $names }
risk-overdue = { $count ->
    [one] eine überfällige Verbesserungsmaßnahme
   *[other] { $count } überfällige Verbesserungsmaßnahmen
}
risk-none = nichts Auffälliges
slas-met-count = { $met } von { $total } erfüllt
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Monatlich wiederkehrender Umsatz
estate_not_covered = Nicht abgedeckte Geräte und Benutzer
devices_counted = Geräte gezählt
users_counted = Benutzer gezählt
covered = Abgedeckt
not_covered = Nicht abgedeckt
no_reviews = Für diesen Zeitraum konnte kein Kunde geprüft werden.
no_renewals = In den nächsten 12 Monaten endet kein Vertrag.
fee_changes = Geänderte Gebühren
legend_csf = CSF-Status
legend_sla = SLA-Ergebnis
converted-total = Summe in { $currency }
renewals-urgent = { $count ->
    [one] einer mit Kündigungsfrist in den nächsten 90 Tagen
   *[other] { $count } mit Kündigungsfrist in den nächsten 90 Tagen
}
rate-item = 1 { $from } = { $rate }
rates-used = Umgerechnet zu { $rates }.
rates-used-dated = Umgerechnet zu { $rates }, Kurse vom { $date }.
more-clients = { $count ->
    [one] Ein weiterer Kunde ist hier nicht aufgeführt; alle Kunden stehen im JSON des Portfolios (--json).
   *[other] { $count } weitere Kunden sind hier nicht aufgeführt; alle Kunden stehen im JSON des Portfolios (--json).
}

## Entscheidungen und Finanzen, was geschah, Risiken, die Planung, die Verlängerung, zu diesen Zahlen
decisions_money = Entscheidungen und Finanzen
no_decisions = Es stehen keine Entscheidungen an.
decision = Entscheidung
amount = Betrag
renewal_proposal = Verlängerungsangebot
credits_owed = Fällige Servicegutschriften
estate_beyond = Bestand über den Vertrag hinaus
asks = Was wir von Ihnen benötigen
events_title = Größere Störungen und Änderungen
event_incident = Störung
event_change = Änderung
event_security = Sicherheit
severity_minor = Gering
severity_major = Hoch
severity_critical = Kritisch
event = Ereignis
cause = Ursache
answered_by = Gegenmaßnahmen
business_impact = Geschäftliche Auswirkungen
service = Service
cost_per_hour = Kosten pro Stunde
cost = Kosten
risks_title = Risiken
no_risks = Im Risikoregister sind keine Risiken erfasst.
risk = Risiko
likelihood = Wahrscheinlichkeit
impact = Auswirkung
score = Bewertung
mitigation = Risikominderung
risk_grid = Offene Risiken nach Wahrscheinlichkeit und Auswirkung
risk_changes = Seit dem letzten Review
risks_closed = In diesem Zeitraum geschlossen
risk_open = Offen
risk_mitigating = Wird gemindert
risk_accepted = Akzeptiert
risk_closed = Geschlossen
risk_security = Sicherheit
risk_continuity = Kontinuität
risk_compliance = Compliance
risk_capacity = Kapazität
risk_lifecycle = Lebenszyklus
risk_supplier = Lieferant
risk_other = Sonstiges
plan_title = Planung und Budget
roadmap = Roadmap
initiative = Vorhaben
budget_forecast = Budgetprognose
one_off = Einmalig
recurring = Laufend
device_refresh = Geräteerneuerung
devices_due = Geräte
initiatives_done = In diesem Zeitraum abgeschlossen
initiative_proposed = Vorgeschlagen
initiative_approved = Genehmigt
initiative_in_progress = In Bearbeitung
initiative_done = Abgeschlossen
initiative_deferred = Zurückgestellt
initiative_declined = Abgelehnt
initiative_security = Sicherheit
initiative_infrastructure = Infrastruktur
initiative_lifecycle = Lebenszyklus
initiative_cloud = Cloud
initiative_compliance = Compliance
initiative_continuity = Kontinuität
initiative_productivity = Produktivität
initiative_other = Sonstiges
budget_chart_note = Prognose je Quartal: einmalige und laufende Kosten der Roadmap sowie die zum Austausch fälligen Geräte.
term = Laufzeit
annual_fee_now = Aktuelles Jahresentgelt
proposed_annual_fee = Vorgeschlagenes Jahresentgelt
true_up_year = Bestand über den Vertrag hinaus, pro Jahr
scope_changes = Änderungen am Leistungsumfang
about_figures = Zu diesen Zahlen
what_happened_title = Was geschah
source_period_files = Periodendateien
source_tickets = Ticket-Exporte
source_calendar = Kalender
source_devices = Geräteliste
source_rules = Wie die Zahlen ermittelt werden
a-month = { $amount } pro Monat
a-year = { $amount } pro Jahr
users-affected = { $count ->
    [one] ein Benutzer betroffen
   *[other] { $count } Benutzer betroffen
}
users-covered = { $count ->
    [one] { $count } Benutzer abgedeckt
   *[other] { $count } Benutzer abgedeckt
}
impact-none = Keine ungeplante Ausfallzeit im Zeitraum.
impact-hours = { $downtime } ungeplante Ausfallzeit im Zeitraum.
impact-costed = { $downtime } ungeplante Ausfallzeit im Zeitraum; zu den von Ihnen angegebenen Kosten pro Stunde hat das Ihr Unternehmen rund { $cost } gekostet.
review-overdue = Überprüfung überfällig seit { $date }
risk-new = Neu: { $id } { $title } (Bewertung { $score }).
risk-closed-now = Geschlossen: { $id } { $title }.
risk-up = Gestiegen: { $id } { $title }, Bewertung { $from } → { $score }.
risk-down = Gesunken: { $id } { $title }, Bewertung { $from } → { $score }.
devices-due = { $count ->
    [one] Eines der { $total } Geräte auf der Liste ist in den nächsten { $quarters } Quartalen zum Austausch fällig
   *[other] { $count } der { $total } Geräte auf der Liste sind in den nächsten { $quarters } Quartalen zum Austausch fällig
}{ $overdue ->
    [0] .
    [one] , eines davon hat sein Austauschdatum bereits überschritten.
   *[other] , { $overdue } davon haben ihr Austauschdatum bereits überschritten.
}
decision-notice = Verlängerung oder Kündigung von Vertrag { $id }
credits-for = Fällig für { $items }.
renewal-term = { $months ->
    [one] { $months } Monat
   *[other] { $months } Monate
} ab dem { $start }
renewal-economics = Wir schlagen { $term } zu { $monthly } pro Monat ({ $annual } pro Jahr) vor, gegenüber derzeit { $now } pro Jahr: { $change }.
renewal-true-up = Der heutige Bestand über den Vertrag hinaus würde zu Vertragspreisen { $amount } pro Jahr kosten.
renewal-credits = Im Jahr gezahlte Servicegutschriften: { $amount }.
source-periods = { $total ->
    [one] Für { $count } von { $total } Monat gibt es eine Periodendatei: { $files }.
   *[other] Für { $count } von { $total } Monaten gibt es eine Periodendatei: { $files }.
} Dort erfasste KPIs und Umfrageergebnisse werden so übernommen, wie sie eingetragen sind; die Verfügbarkeit wird aus den angegebenen Minuten berechnet.
source-tickets = { $files }: { $rows ->
    [one] { $rows } Zeile gelesen
   *[other] { $rows } Zeilen gelesen
}, { $skipped } übersprungen. Ein Ticket zählt in dem Monat, in dem es eröffnet wurde, nach der Zeitzone { $timezone }; Lösungs- und Reaktionszeiten werden nach dem Kalender des jeweiligen SLA gemessen.
source-calendar = { $hours }, Zeitzone { $timezone }, { $holidays ->
    [one] { $holidays } Feiertag
   *[other] { $holidays } Feiertage
}.
source-devices = { $file }: { $count ->
    [one] { $count } Gerät; sein Austauschtermin ergibt sich aus der Erneuerungsrichtlinie für seinen Typ.
   *[other] { $count } Geräte; der Austauschtermin jedes Geräts ergibt sich aus der Erneuerungsrichtlinie für seinen Typ.
}
source-rules = Der Istwert eines SLA ist die Zahl der erfüllten Tickets geteilt durch die Summe der erfüllten und verletzten; Tickets, die noch offen und innerhalb der Vorgabe sind, werden aufgeführt, aber nicht gezählt. Die Verfügbarkeit ist die geplante Zeit abzüglich Wartung und Ausfallzeit, geteilt durch die geplante Zeit abzüglich Wartung, jeweils in Minuten. Ein Quartal oder Jahr wird aus seinen Monaten berechnet: Tickets und Minuten werden summiert, Stände gelten zum Ende des Zeitraums, Mittelwerte werden nach ihrer jeweiligen Bezugsgröße gewichtet.
unplanned_downtime = Ungeplante Ausfallzeit
figures-as-of = Zahlen mit Stand vom { $date }
first_to_last_quarter = Erstes → letztes Quartal
same_months_before = Gleiche Monate im Vorjahr
same-months-note = Verglichen mit denselben { $count } Monaten des Vorjahres ({ $from } bis { $to }): den Monaten von { $period } mit Daten.
biggest_moves = Die größten Veränderungen und ihre Ursachen
move = Veränderung
explained_by = Erklärt durch
in_the_notes = die Notizen des Zeitraums
no_explanation = Keine Erklärung erfasst
source_terms = Begriffe
source-terms = P1 bis P4 sind Ticket-Prioritäten, P1 die dringendste. CSI (Continuous Service Improvement) ist das mit Ihnen vereinbarte Register der Verbesserungsmaßnahmen. Eine Veränderung in Pp. (Prozentpunkten) ist die Differenz zweier Prozentwerte. Der Stichtag ist der Zeitpunkt des Ticket-Exports: Ein dann noch offenes Ticket innerhalb seines Ziels ist ausstehend. Das Ausfallzeitbudget ist die ungeplante Ausfallzeit, die ein Verfügbarkeitsziel zulässt.
source-priorities = Die Prioritäten Ihres PSA: { $priorities }.
appendix = Anhang
