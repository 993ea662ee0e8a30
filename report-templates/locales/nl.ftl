# svcreview: de teksten van de rapportages, in het Nederlands.
#
# Fluent-syntaxis (https://projectfluent.org/fluent/guide/). Om een formulering te wijzigen,
# kopieert u een bericht naar <sjablonenmap>/locales/<taal>.ftl; berichten die u weglaat,
# behouden hun meegeleverde tekst. Voor een nieuwe taal kopieert u het Engelse
# referentiebestand en.ftl volledig naar locales/<tag>.ftl (bijvoorbeeld pl.ftl of
# pt-PT.ftl) en vertaalt u elke waarde; `svcreview validate` toont welke nog ontbreken.
#
# Twee soorten berichten:
# - Labels (id's in snake_case, zonder $variabelen): koppen, kolomkoppen, losse woorden.
#   De sjablonen tonen ze ongewijzigd.
# - Zinnen (id's in kebab-case, met $variabelen): svcreview vult de variabelen in.
#   Variabelen met de naam $count, $total, $met, ... zijn getallen (te gebruiken in
#   meervoudsselectors: in het Nederlands [one] en *[other]); elke andere variabele is
#   tekst die al voor de taal is opgemaakt (een getal met eenheid, een datum, een naam,
#   een opsomming die al met „en” is samengevoegd).
#   Behoud elke variabele van een bericht; zet hem waar de zinsbouw dat vraagt.


## Labels

monthly_title = Maandelijkse servicereview
prepared_for = Opgesteld voor
prepared_by = Opgesteld door
period = Periode
contract = Contract
sdm = Service delivery manager
contents = Inhoud
issued = Uitgiftedatum
at_a_glance = In één oogopslag
measured_by = Gemeten met
no_credits_short = geen verschuldigd
csat_short = Klanttevredenheid
nps_short = Net Promoter Score
budget_allows = Uitvaltijdbudget
level_at_period_end = Stand aan het einde van de periode
month = Maand
total = Totaal
other_kpis = Overige KPI's
charts_note = Per maand over twaalf maanden, afgezet tegen de maandnorm.
at_period_end = open aan het einde van de periode
credits_quarter = Servicecredits dit kwartaal
kind = Soort
proposal = Voorstel
agenda = Agenda
thank_you = Hartelijk dank
next_review = Volgende review
dashboard = Dashboard
sla_by_month = SLA's per maand
kpi_slides = Kritieke prestatie-indicatoren
months = Maanden
your_sdm = Uw service delivery manager
next_review_qbr = Volgende kwartaalreview
next_review_annual = Volgende jaarreview
at_period_end_kpi = aan het einde van de periode
charts_note_qbr = Per maand over twaalf maanden, afgezet tegen de maandnorm; de maanden van dit kwartaal zijn gearceerd.
executive_summary = Managementsamenvatting
csf_at_a_glance = Kritieke succesfactoren in één oogopslag
slas = Service level agreements
sla = SLA
measure = Criterium
goal = Norm
attainment = Realisatie
margin = Afwijking
trend = Trend
result = Resultaat
tickets = Tickets
met = Gehaald
missed = Niet gehaald
breached = Overschreden
pending = Lopend
uptime = Beschikbaarheid
downtime = Uitvaltijd
maintenance = Onderhoud
service_credits = Servicecredits
credit = Creditering
no_credits = Voor deze periode zijn geen servicecredits verschuldigd.
kpis_by_csf = KPI's per kritieke succesfactor
kpi = KPI
csf = Kritieke succesfactor
kpis_on_target = KPI's binnen norm
red_lower = buiten norm
amber_lower = net buiten norm
value = Waarde
target = Norm
previous_month = Vorige maand
change = Verschil
year_ago = Een jaar eerder
status = Status
trends = KPI's per maand
sla_history = SLA's per maand
surveys = Klantfeedback
csat = Klanttevredenheid (CSAT)
nps = Net Promoter Score (NPS)
ces = Customer Effort Score (CES)
csi = Continue serviceverbetering
csi_new = Nieuw deze periode
csi_done = Afgerond deze periode
csi_overdue = Over tijd
csi_open = In uitvoering
action = Actie
owner = Eigenaar
due = Deadline
notes = Opmerkingen van uw service delivery manager
what_happened = Wat er gebeurde, maand voor maand
renewal_decision_by = Besluit over verlenging nodig vóór
reconciliation = Ingevoerde cijfers die de ticketexports anders meten
miss = Gemist of niet op doel
misses_answered = Missers en de acties die ze aanpakken
no_action_recorded = Geen actie vastgelegd
no_renewal_recommendation = Er is nog geen verlengingsadvies vastgelegd.
no_recommendations = Voor dit kwartaal zijn geen aanbevelingen vastgelegd.
no_data = geen gegevens
no_actions = Geen acties.
green = Binnen norm
amber = Net buiten norm
red = Buiten norm
no-data = Geen gegevens
improving = verbeterend
worsening = verslechterend
steady = stabiel
open = Open
in-progress = In uitvoering
done = Afgerond
cancelled = Geannuleerd
target_line = Norm
goal_line = Norm
confidential = Vertrouwelijk
qbr_title = Kwartaalreview
annual_title = Jaarreview en contractverlenging
previous_quarter = Vorig kwartaal
quarter = Kwartaal
year = Jaar
previous_year = Vorig jaar
recommendations = Aanbevelingen
next_focus = Speerpunten voor het volgende kwartaal
restated = Cijfers gecorrigeerd sinds de vorige review
restated_note = Deze cijfers wijken af van de vorige keer gepresenteerde review, omdat sindsdien gegevens of definities zijn gecorrigeerd.
presented = Zoals gepresenteerd
now = Actueel
contract_renewal = Contract en verlenging
contract_end = Einddatum contract
notice_period = Opzegtermijn
notice_deadline = Uiterste opzegdatum
annual_value = Jaarlijkse contractwaarde
credits_year = Servicecredits dit jaar
renewal_recommendation = Advies over verlenging
proposals = Voorstellen voor de verlenging
sla_grid = SLA-resultaten per maand
kpi_yoy = KPI's ten opzichte van vorig jaar
sla_kind = Wijziging SLA
kpi_kind = KPI
csf_kind = Wijziging succesfactor
other_kind = Overig
ticket_volume = Ticketvolume en werkvoorraad
opened = Aangemaakt
closed = Opgelost
backlog = Werkvoorraad
fcr_short = Opgelost bij eerste contact
escalation_short = Geëscaleerd
opened_per_month = Aangemaakte tickets per maand
backlog_per_month = Werkvoorraad aan het einde van de maand
ticket_times = Reactie- en oplostijden
basis = Tijdbasis
mean = Gemiddelde
median = Mediaan
p90 = 90e percentiel
first_response = Eerste reactie
resolution_time = Oplossing
business = kantooruren
around_the_clock = de klok rond
elapsed = kalendertijd
breaches = SLA-overschrijdingen en lopende tickets op de peildatum
ticket = Ticket
opened_at = Aangemaakt
actual = Werkelijk
over = Overschrijding

# Vormen van enkele labels midden in een zin, zoals ze in een regel van de presentatie
# na een puntkomma staan (kleine letter, zoals in het Engels).
previous_quarter_inline = vorig kwartaal
previous_year_inline = vorig jaar
budget_allows_inline = uitvaltijdbudget
credit_inline = creditering

## Zinnen

# Paginavoettekst: „Pagina 3 van 12”.
page-of = Pagina { $page } van { $pages }

# Een periode. $quarter is 1–4, $year bijv. 2026; $from en $to zijn maanden („april 2026”).
period-quarter = Q{ $quarter } { $year }
period-range = { $from } – { $to }

# Een naam of een maand met het cijfer erbij: „Beschikbaarheid ERP (99,1%)”.
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] één ticket te weinig voor het doel
   *[other] { $count } tickets te weinig voor het doel
}
with-figure-short = { $name } ({ $figure }, { $short })

# Een verschil in procentpunten: „+2,1 pp” (procentpunt). $value is het getal met teken.
change-points = { $amount ->
   *[other] { $value } pp
}

# Aantallen, als korte zinsdelen.
responses-count = { $count ->
    [one] { $count } reactie
   *[other] { $count } reacties
}
days-overdue = { $count ->
    [one] { $count } dag over tijd
   *[other] { $count } dagen over tijd
}
devices-covered = { $count ->
    [one] { $count } apparaat onder contract
   *[other] { $count } apparaten onder contract
}
rows-skipped = { $count ->
    [one] { $count } rij uit de ticketexports is overgeslagen omdat die onleesbaar was; het JSON-bestand vermeldt deze rij.
   *[other] { $count } rijen uit de ticketexports zijn overgeslagen omdat ze onleesbaar waren; het JSON-bestand vermeldt deze rijen.
}
more-breaches = { $count ->
    [one] { $count } andere overschrijding staat hier niet vermeld; uw service delivery manager kan u de volledige lijst bezorgen.
   *[other] { $count } andere overschrijdingen staan hier niet vermeld; uw service delivery manager kan u de volledige lijst bezorgen.
}
# Tickets van een SLA: „42 gehaald · 3 overschreden · 1 lopend”.
sla-counts = { $met } gehaald · { $breached } overschreden
sla-counts-pending = { $met } gehaald · { $breached } overschreden · { $pending } lopend
# Minuten van een beschikbaarheids-SLA; $downtime en $maintenance zijn tijdsduren („42 min”).
availability-minutes = { $downtime } uitvaltijd · { $maintenance } onderhoud
# Het verbruikte deel van het uitvaltijdbudget: „40% verbruikt”.
budget-used = { $share } verbruikt
# De maandnorm van een KPI naast de grafiek: „Norm 20 per maand”.
target-per-month = Norm { $target } per maand
# De normlijnen van de grafieken: „Norm 75%”, „Norm 99,9%”.
chart-target = Norm { $value }
chart-goal = Norm { $value }
# Wanneer een verbeteractie is geopend en afgesloten; $date is een datum.
action-opened = geopend op { $date }
action-closed = afgesloten op { $date }

# Wat een SLA meet. $priority is de prioriteitsnaam van de klant (P1), $within een
# tijdsduur (4 uur), $calendar de naam van de kalender van de klant (24x7, kantooruren).
measure-response = Reactie { $priority } binnen { $within }, { $calendar }
measure-resolution = Oplossing { $priority } binnen { $within }, { $calendar }
measure-uptime = Beschikbaarheid { $service }

# Servicecredits. $share is een percentage, $amount een geldbedrag, $month een maand.
credit-share = { $share } van de maandvergoeding
credit-share-amount = { $amount } ({ $share } van de maandvergoeding)
months-credited = { $count ->
    [one] { $count } maand gecrediteerd
   *[other] { $count } maanden gecrediteerd
}
credit-total = { $share } ({ $amount })

# In hoeveel maanden een SLA de norm haalde.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = in { $off } van de { $total } maanden niet op doel
months-met-none = Geen maand met meetgegevens
months-met-last-12 = Gehaald in { $met } van de afgelopen 12 maanden
months-met-with-data = { $total ->
    [one] Gehaald in { $met } van { $total } maand met gegevens (afgelopen 12 maanden)
   *[other] Gehaald in { $met } van { $total } maanden met gegevens (afgelopen 12 maanden)
}
months-met = { $total ->
    [one] { $met } van { $total } maand gehaald
   *[other] { $met } van { $total } maanden gehaald
}

# Een weggelaten vergelijking: „Niet vergeleken: voor 2024 zijn er slechts gegevens over 2 van de 12 maanden.”
not-compared = Niet vergeleken: voor { $period } zijn er slechts gegevens over { $have } van de { $need } maanden.

# De uiterste opzegdatum van het contract, geteld vanaf het einde van de periode.
notice-passed = { $count ->
    [one] al { $count } dag vóór het einde van de periode verstreken
   *[other] al { $count } dagen vóór het einde van de periode verstreken
}
notice-today = de laatste dag van de periode
notice-days-left = { $count ->
    [one] { $count } dag na het einde van de periode
   *[other] { $count } dagen na het einde van de periode
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Zonder opzegging vóór die datum wordt het contract verlengd met { $months ->
    [one] één maand
   *[other] { $months } maanden
}, tot { $until }.
by-default-renewed = Tenzij vóór die datum is opgezegd, wordt het contract verlengd met { $months ->
    [one] één maand
   *[other] { $months } maanden
}, tot { $until }.
by-default-ends = Tenzij een verlenging wordt overeengekomen, eindigt het contract op { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Uiterste opzegdatum voor contract { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = De uiterste opzegdatum voor contract { $id } was { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = Voor { $name } vermelden de periodebestanden { $typed }; de ticketexports meten { $measured } over { $tickets ->
    [one] één ticket
   *[other] { $tickets } tickets
} in dezelfde periode. De KPI toont het ingevoerde cijfer; het andere is gemeten aan de tickets van de periode in de exports.
reconcile-differs-plain = Voor { $name } vermelden de periodebestanden { $typed }; de ticketexports meten { $measured } voor dezelfde periode. De KPI toont het ingevoerde cijfer; het andere is gemeten aan de tickets van de periode in de exports.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] één apparaat
   *[other] { $count } apparaten
} meer dan de { $covered } gedekte
beyond-users = { $count ->
    [one] één gebruiker
   *[other] { $count } gebruikers
} meer dan de { $covered } gedekte
estate-beyond = In { $month } telde de omgeving { $items }; het contract noemt daarvoor geen prijs.
estate-beyond-priced = In { $month } telde de omgeving { $items }: { $amount } per maand tegen de contractprijzen.

## De managementsamenvatting: elk bericht is één zin.

# Kritieke succesfactoren. $others is een opsomming van de csfs-count-*-zinsdelen die van
# toepassing zijn, samengevoegd met „en”: „1 net buiten de norm en 2 buiten de norm”.
csfs-none = Er zijn geen kritieke succesfactoren gedefinieerd.
csfs-all-on-target = { $total ->
    [one] De kritieke succesfactor scoort binnen de norm.
   *[other] Alle { $total } kritieke succesfactoren scoren binnen de norm.
}
csfs-none-on-target = { $total ->
    [one] De kritieke succesfactor scoort niet binnen de norm: { $others }.
   *[other] Geen van de { $total } kritieke succesfactoren scoort binnen de norm: { $others }.
}
csfs-some-on-target = Van de { $total } kritieke succesfactoren { $green ->
    [one] scoort er { $green } binnen de norm
   *[other] scoren er { $green } binnen de norm
}; { $others }.
csfs-count-amber = { $count } net buiten de norm
csfs-count-red = { $count } buiten de norm
csfs-count-no-data = { $count } zonder gegevens

# SLA's. $longer is „yes” bij een kwartaal of jaar, anders „no”. $missed is een opsomming
# van de niet gehaalde SLA's met hun cijfers: „Reactie P1 (80,0%) en Beschikbaarheid ERP (99,1%)”.
slas-none = Er worden geen SLA's gemeten.
slas-nothing-measured = In deze periode waren er voor geen enkele SLA meetgegevens.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] De SLA is over de periode als geheel gehaald.
       *[no] De SLA is gehaald.
    }
   *[other] { $longer ->
        [yes] Alle { $met } SLA's zijn over de periode als geheel gehaald.
       *[no] Alle { $met } SLA's zijn gehaald.
    }
}
slas-all-met-some-empty = { $met ->
    [one] De SLA met meetgegevens is gehaald; voor { $no_data } waren er geen meetgegevens.
   *[other] Alle { $met } SLA's met meetgegevens zijn gehaald; voor { $no_data } waren er geen meetgegevens.
}
slas-some-missed = { $met ->
    [one] { $met } van de { $measured } SLA's is gehaald; niet gehaald: { $missed }.
   *[other] { $met } van de { $measured } SLA's zijn gehaald; niet gehaald: { $missed }.
}

# Een SLA die over het kwartaal of jaar is gehaald, maar in afzonderlijke maanden niet.
# $months is een opsomming van maanden met hun cijfers: „mei 2026 (94,1%) en juni 2026 (93,0%)”.
missed-months = { $count ->
    [one] { $name } haalde de norm over de periode als geheel, maar niet in { $count } maand: { $months }.
   *[other] { $name } haalde de norm over de periode als geheel, maar niet in { $count } maanden: { $months }.
}

# Verschuldigde servicecredits. $items is een opsomming van credit-item-zinsdelen.
credits-due = Voor deze periode zijn servicecredits van { $amount } verschuldigd.
credits-due-items = Er zijn servicecredits van { $amount } verschuldigd: { $items }.
credit-item = { $name } met { $attainment }
credit-item-month = { $name } in { $month } met { $attainment }

# KPI's die aandacht vragen; $kpis is een opsomming van against-target-zinsdelen.
attention-red = Buiten de norm: { $kpis }.
attention-amber = Net buiten de norm: { $kpis }.
against-target = { $name } ({ $value }, norm { $target })

# De grootste verschuivingen in de KPI's. $direction is improving, worsening of steady.
kpi-change = { $direction ->
    [improving] { $name }: verbeterd van { $from } naar { $to } ({ $change }).
    [worsening] { $name }: verslechterd van { $from } naar { $to } ({ $change }).
   *[steady] { $name }: stabiel op { $to } (was { $from }, { $change }).
}

# Verbeteracties in deze periode.
actions-summary = { $overdue ->
    [0] Verbeteracties: { $new } nieuw, { $done } afgerond.
   *[other] Verbeteracties: { $new } nieuw, { $done } afgerond, { $overdue } over tijd.
}

## De e-mail bij een review

# $document is monthly, qbr of annual; $client de naam van de klant; $period de periode.
email-subject = { $client } · { $document ->
    [qbr] Kwartaalreview
    [annual] Jaarreview en contractverlenging
   *[monthly] Maandelijkse servicereview
} · { $period }
email-greeting = Geachte { $name },
email-attached = { $document ->
    [qbr] Bijgaand ontvangt u uw kwartaalreview over { $period }.
    [annual] Bijgaand ontvangt u uw jaarreview over { $period }.
   *[monthly] Bijgaand ontvangt u uw maandelijkse servicereview over { $period }.
}
email-slas = Service level agreements:
email-sla = { $name }: { $attainment } bij een norm van { $goal }
email-sla-missed = { $name }: { $attainment } bij een norm van { $goal } (niet gehaald)
email-actions = Te bespreken verbeteracties:
email-action-overdue = { $id } { $title }: over tijd sinds { $due }
email-action-new = { $id } { $title }: nieuw
email-action-new-due = { $id } { $title }: nieuw, deadline { $due }
email-regards = Met vriendelijke groet,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Portefeuillereview
clients_reviewed = Beoordeelde klanten
health_across_book = Gezondheid van het klantenbestand
clients_at_risk = Klanten naar risico
renewals_ahead = Verlengingen in de komende 12 maanden
recurring_revenue = Terugkerende omzet
satisfaction_volume = Tevredenheid en ticketvolume
failed_clients = Niet beoordeelde klanten: gegevens met fouten
client = Klant
risk_score = Risico
risk_reasons = Redenen
credits_period = Creditering deze periode
currency = Valuta
mrr = Maandelijks terugkerende omzet
new_business = Nieuw
expansion = Uitbreiding
contraction = Krimp
churned = Vertrokken
per_client = Per klant
gross_retention = Brutobehoud
net_retention = Nettobehoud
fee_before = Vergoeding eerst
fee_now = Vergoeding nu
tickets_month = Geopende tickets
all_clients = Alle klanten
kpis_red_short = Rode KPI’s
slas_missed_short = Gemiste SLA’s
risk-slas-missed = { $count ->
    [one] SLA gemist: { $names }
   *[other] { $count } SLA’s gemist: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI rood: { $names }
   *[other] { $count } KPI’s rood: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI oranje: { $names }
   *[other] { $count } KPI’s oranje: { $names }
}
risk-credit = servicecreditering van { $amount }
risk-worsening = slechter dan vorige periode: { $names }
risk-overdue = { $count ->
    [one] één achterstallige verbeteractie
   *[other] { $count } achterstallige verbeteracties
}
risk-none = niets zorgwekkends
slas-met-count = { $met } van { $total } gehaald
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Maandelijkse terugkerende omzet
estate_not_covered = Niet gedekte apparaten en gebruikers
devices_counted = Apparaten geteld
users_counted = Gebruikers geteld
covered = Gedekt
not_covered = Niet gedekt
no_reviews = Voor deze periode kon geen enkele klant worden beoordeeld.
no_renewals = Er loopt in de komende 12 maanden geen contract af.
fee_changes = Gewijzigde vergoedingen
legend_csf = CSF-status
legend_sla = SLA-resultaat
converted-total = Totaal in { $currency }
renewals-urgent = { $count ->
    [one] één met opzegtermijn binnen 90 dagen
   *[other] { $count } met opzegtermijn binnen 90 dagen
}
rate-item = 1 { $from } = { $rate }
rates-used = Omgerekend tegen { $rates }.
rates-used-dated = Omgerekend tegen { $rates }, koersen van { $date }.
more-clients = { $count ->
    [one] Nog één klant staat hier niet; alle klanten staan in de JSON van de portefeuille (--json).
   *[other] Nog { $count } klanten staan hier niet; alle klanten staan in de JSON van de portefeuille (--json).
}

## Besluiten en financiën, wat er gebeurde, risico's, het plan, de verlenging, over deze cijfers
decisions_money = Besluiten en financiën
no_decisions = Er wacht niets op een besluit.
decision = Besluit
amount = Bedrag
renewal_proposal = Verlengingsvoorstel
credits_owed = Verschuldigde servicecredits
estate_beyond = Omgeving buiten het contract
asks = Wat wij van u vragen
events_title = Ernstige incidenten en wijzigingen
event_incident = Incident
event_change = Wijziging
event_security = Beveiliging
severity_minor = Gering
severity_major = Ernstig
severity_critical = Kritiek
event = Gebeurtenis
cause = Oorzaak
answered_by = Aangepakt met
business_impact = Impact op de bedrijfsvoering
service = Dienst
cost_per_hour = Kosten per uur
cost = Kosten
risks_title = Risico's
no_risks = Er zijn geen risico's vastgelegd in het register.
risk = Risico
likelihood = Kans
impact = Impact
score = Score
mitigation = Beheersmaatregel
risk_grid = Open risico's naar kans en impact
risk_changes = Sinds de vorige review
risks_closed = Gesloten deze periode
risk_open = Open
risk_mitigating = Wordt beperkt
risk_accepted = Geaccepteerd
risk_closed = Gesloten
risk_security = Beveiliging
risk_continuity = Continuïteit
risk_compliance = Compliance
risk_capacity = Capaciteit
risk_lifecycle = Levenscyclus
risk_supplier = Leverancier
risk_other = Overig
plan_title = Het plan en het budget
roadmap = Roadmap
initiative = Initiatief
budget_forecast = Budgetprognose
one_off = Eenmalig
recurring = Terugkerend
device_refresh = Apparaatvervanging
devices_due = Apparaten
initiatives_done = Afgerond deze periode
initiative_proposed = Voorgesteld
initiative_approved = Goedgekeurd
initiative_in_progress = In uitvoering
initiative_done = Afgerond
initiative_deferred = Uitgesteld
initiative_declined = Afgewezen
initiative_security = Beveiliging
initiative_infrastructure = Infrastructuur
initiative_lifecycle = Levenscyclus
initiative_cloud = Cloud
initiative_compliance = Compliance
initiative_continuity = Continuïteit
initiative_productivity = Productiviteit
initiative_other = Overig
budget_chart_note = Prognose per kwartaal: eenmalige en terugkerende kosten van de roadmap, en de apparaten die aan vervanging toe zijn.
term = Looptijd
annual_fee_now = Huidige jaarvergoeding
proposed_annual_fee = Voorgestelde jaarvergoeding
true_up_year = Omgeving buiten het contract, per jaar
scope_changes = Wijzigingen in de scope
about_figures = Over deze cijfers
what_happened_title = Wat er gebeurde
source_period_files = Periodebestanden
source_tickets = Ticketexports
source_calendar = Kalender
source_devices = Apparatenlijst
source_rules = Hoe de cijfers worden geteld
a-month = { $amount } per maand
a-year = { $amount } per jaar
users-affected = { $count ->
    [one] één gebruiker getroffen
   *[other] { $count } gebruikers getroffen
}
users-covered = { $count ->
    [one] { $count } gebruiker onder contract
   *[other] { $count } gebruikers onder contract
}
impact-none = Geen ongeplande uitvaltijd in deze periode.
impact-hours = { $downtime } ongeplande uitvaltijd in deze periode.
impact-costed = { $downtime } ongeplande uitvaltijd in deze periode; tegen de kosten per uur die u ons hebt opgegeven, kostte dat uw organisatie ongeveer { $cost }.
review-overdue = beoordeling over tijd sinds { $date }
risk-new = Nieuw: { $id } { $title } (score { $score }).
risk-closed-now = Gesloten: { $id } { $title }.
risk-up = Gestegen: { $id } { $title }, score { $from } → { $score }.
risk-down = Gedaald: { $id } { $title }, score { $from } → { $score }.
devices-due = { $count ->
    [one] Eén van de { $total } apparaten op de lijst moet in de komende { $quarters } kwartalen worden vervangen
   *[other] { $count } van de { $total } apparaten op de lijst moeten in de komende { $quarters } kwartalen worden vervangen
}{ $overdue ->
    [0] .
    [one] , waarvan er één de vervangingsdatum al heeft overschreden.
   *[other] , waarvan er { $overdue } de vervangingsdatum al hebben overschreden.
}
decision-notice = Verlenging of opzegging van contract { $id }
credits-for = Verschuldigd voor { $items }.
renewal-term = { $months ->
    [one] { $months } maand
   *[other] { $months } maanden
} vanaf { $start }
renewal-economics = Wij stellen { $term } voor tegen { $monthly } per maand ({ $annual } per jaar), tegenover nu { $now } per jaar: { $change }.
renewal-true-up = De huidige omgeving buiten het contract zou tegen de contractprijzen { $amount } per jaar kosten.
renewal-credits = In het jaar betaalde servicecredits: { $amount }.
source-periods = { $total ->
    [one] Voor { $count } van { $total } maand is er een periodebestand: { $files }.
   *[other] Voor { $count } van de { $total } maanden is er een periodebestand: { $files }.
} De daarin ingevoerde KPI's en enquêtes worden overgenomen zoals ze zijn ingevoerd; de beschikbaarheid wordt berekend uit de opgegeven minuten.
source-tickets = { $files }: { $rows ->
    [one] { $rows } rij gelezen
   *[other] { $rows } rijen gelezen
}, { $skipped } overgeslagen. Een ticket telt mee in de maand waarin het is aangemaakt, in de tijdzone { $timezone }; oplos- en reactietijden worden gemeten volgens de kalender van de SLA.
source-calendar = { $hours }, tijdzone { $timezone }, { $holidays ->
    [one] { $holidays } feestdag
   *[other] { $holidays } feestdagen
}.
source-devices = { $file }: { $count ->
    [one] { $count } apparaat, te vervangen volgens het vervangingsbeleid voor het type.
   *[other] { $count } apparaten, elk te vervangen volgens het vervangingsbeleid voor het type.
}
source-rules = De realisatie van een SLA is het aantal gehaalde tickets gedeeld door de gehaalde en overschreden tickets samen; tickets die nog open staan en binnen de norm vallen, worden vermeld maar niet meegeteld. Beschikbaarheid is de geplande tijd min onderhoud en uitvaltijd, gedeeld door de geplande tijd min onderhoud, in minuten. Een kwartaal of jaar wordt uit de maanden berekend: tickets en minuten worden opgeteld, standen gelden aan het einde van de periode en gemiddelden worden gewogen naar waarover ze het gemiddelde zijn.
unplanned_downtime = Ongeplande uitval
figures-as-of = Cijfers per { $date }
first_to_last_quarter = Eerste → laatste kwartaal
same_months_before = Dezelfde maanden een jaar eerder
same-months-note = Vergeleken met dezelfde { $count } maanden een jaar eerder ({ $from } tot { $to }): de maanden van { $period } met gegevens.
biggest_moves = De grootste veranderingen en wat ze verklaart
move = Verandering
explained_by = Verklaard door
in_the_notes = de notities van de periode
no_explanation = Geen verklaring vastgelegd
source_terms = Begrippen
source-terms = P1 tot en met P4 zijn ticketprioriteiten, P1 de meest urgente. CSI (continue serviceverbetering) is het register van met u afgesproken acties. Een verandering in procentpunten is het verschil tussen twee percentages. De peildatum is het moment van de ticketexport: een ticket dat dan nog open is en binnen zijn doel valt, is in behandeling. Het uitvalbudget is de ongeplande uitval die een beschikbaarheidsdoel toestaat.
source-priorities = De prioriteiten van uw PSA: { $priorities }.
appendix = Bijlage
