# svcreview: i testi dei report, in italiano.
#
# Sintassi Fluent (https://projectfluent.org/fluent/guide/). Per modificare una dicitura,
# copiare il messaggio in <cartella dei modelli>/locales/<locale>.ftl; i messaggi non
# copiati mantengono il testo fornito. Per aggiungere una lingua, copiare il file di
# riferimento en.ftl in locales/<tag>.ftl (per esempio pl.ftl o pt-PT.ftl) e tradurre ogni
# valore; `svcreview validate` elenca quelli ancora mancanti.
#
# Due tipi di messaggio:
# - Etichette (identificativi in snake_case, senza $variabili): titoli, intestazioni di
#   colonna, parole isolate. I modelli le mostrano così come sono.
# - Frasi (identificativi in kebab-case, con $variabili): svcreview compila le variabili.
#   Le variabili denominate $count, $total, $met, ... sono numeri (da usare nei selettori
#   di plurale: in italiano [one] e *[other]); tutte le altre variabili sono testo già
#   formattato per la lingua (un valore con la sua unità, una data, un nome, un elenco già
#   unito con la «e»).
#   Mantenere tutte le variabili di un messaggio; spostarle dove la lingua lo richiede.
#   Evitare l'articolo subito prima di una variabile numerica o di una data («gli 8»,
#   «l'11»): la sua forma dipende dal numero.


## Etichette

monthly_title = Revisione mensile del servizio
prepared_for = Cliente
prepared_by = A cura di
period = Periodo
contract = Contratto
sdm = Responsabile del servizio
contents = Indice
issued = Data di emissione
at_a_glance = Panoramica
measured_by = Misurato da
no_credits_short = nessuna
csat_short = Soddisfazione del cliente
nps_short = Net Promoter Score
budget_allows = Budget di indisponibilità
level_at_period_end = Livello a fine periodo
month = Mese
total = Totale
other_kpis = Altri KPI
charts_note = Andamento mensile su dodici mesi, rispetto al target mensile.
at_period_end = ticket aperti a fine periodo
credits_quarter = Penali del trimestre
kind = Tipo
proposal = Proposta
agenda = Agenda
thank_you = Grazie
next_review = Prossima revisione
dashboard = Cruscotto
sla_by_month = SLA mese per mese
kpi_slides = Indicatori chiave di prestazione
months = Mesi
your_sdm = Referente per il servizio
next_review_qbr = Prossima revisione trimestrale
next_review_annual = Prossima revisione annuale
at_period_end_kpi = a fine periodo
charts_note_qbr = Andamento mensile su dodici mesi, rispetto al target mensile; i mesi di questo trimestre sono ombreggiati.
executive_summary = Sintesi
csf_at_a_glance = Panoramica dei fattori critici di successo
slas = Accordi sui livelli di servizio
sla = SLA
measure = Misura
goal = Obiettivo
attainment = Livello raggiunto
margin = Margine
trend = Andamento
result = Esito
tickets = Ticket
met = Rispettato
missed = Non rispettato
breached = Fuori SLA
pending = In corso
uptime = Disponibilità
downtime = Indisponibilità
maintenance = Manutenzione
service_credits = Penali
credit = Penale
no_credits = Per questo periodo non sono dovute penali.
kpis_by_csf = KPI per fattore critico di successo
kpi = KPI
csf = Fattore critico di successo
kpis_on_target = KPI in target
red_lower = fuori target
amber_lower = quasi in target
value = Valore
target = Target
previous_month = Mese precedente
change = Variazione
year_ago = Un anno fa
status = Stato
trends = KPI mese per mese
sla_history = SLA mese per mese
surveys = Feedback dei clienti
csat = Soddisfazione del cliente (CSAT)
nps = Net Promoter Score (NPS)
ces = Customer Effort Score (CES)
csi = Miglioramento continuo del servizio
csi_new = Nuove azioni del periodo
csi_done = Azioni completate nel periodo
csi_overdue = In ritardo
csi_open = In corso
action = Azione
owner = Responsabile
due = Scadenza
notes = Note del responsabile del servizio
what_happened = Cosa è successo, mese per mese
renewal_decision_by = Decisione sul rinnovo entro il
reconciliation = Valori inseriti che le esportazioni dei ticket misurano diversamente
miss = Mancato o fuori obiettivo
misses_answered = Mancati obiettivi e azioni che li affrontano
no_action_recorded = Nessuna azione registrata
no_renewal_recommendation = Non è ancora stata registrata alcuna raccomandazione di rinnovo.
no_recommendations = Nessuna raccomandazione registrata per questo trimestre.
no_data = nessun dato
no_actions = Nessuna azione.
green = In target
amber = Quasi in target
red = Fuori target
no-data = Nessun dato
improving = in miglioramento
worsening = in peggioramento
steady = stabile
open = Da avviare
in-progress = In corso
done = Completato
cancelled = Annullato
target_line = Target
goal_line = Obiettivo
confidential = Riservato
qbr_title = Revisione trimestrale (QBR)
annual_title = Revisione annuale e rinnovo
previous_quarter = Trimestre precedente
quarter = Trimestre
year = Anno
previous_year = Anno precedente
recommendations = Raccomandazioni
next_focus = Priorità per il prossimo trimestre
restated = Dati rettificati rispetto all'ultima revisione
restated_note = Questi dati differiscono da quelli presentati nell'ultima revisione, perché nel frattempo sono stati corretti dati o definizioni.
presented = Valore presentato
now = Valore attuale
contract_renewal = Contratto e rinnovo
contract_end = Scadenza del contratto
notice_period = Periodo di preavviso
notice_deadline = Termine per la disdetta
annual_value = Valore annuo
credits_year = Penali dell'anno
renewal_recommendation = Raccomandazione sul rinnovo
proposals = Proposte per il rinnovo
sla_grid = Risultati degli SLA mese per mese
kpi_yoy = KPI anno su anno
sla_kind = Modifica SLA
kpi_kind = KPI
csf_kind = Modifica FCS
other_kind = Altro
ticket_volume = Volumi e backlog dei ticket
opened = Aperti
closed = Risolti
backlog = Backlog
fcr_short = Risoluzione al primo contatto
escalation_short = Escalation
opened_per_month = Ticket aperti al mese
backlog_per_month = Backlog a fine mese
ticket_times = Tempi di risposta e di risoluzione
basis = Base di calcolo
mean = Media
median = Mediana
p90 = 90° percentile
first_response = Prima risposta
resolution_time = Risoluzione
business = ore lavorative
around_the_clock = 24 ore su 24
elapsed = ore solari
breaches = Violazioni degli SLA e ticket in corso alla data di riferimento
ticket = Ticket
opened_at = Data di apertura
actual = Effettivo
over = Sforamento

# Forme di alcune etichette a metà frase, come si leggono dopo un punto e virgola in una
# riga della presentazione (in minuscolo in italiano).
previous_quarter_inline = trimestre precedente
previous_year_inline = anno precedente
budget_allows_inline = budget di indisponibilità
credit_inline = penale

## Frasi

# Piè di pagina: «Pagina 3 di 12».
page-of = Pagina { $page } di { $pages }

# Un periodo. $quarter va da 1 a 4, $year per es. 2026; $from e $to sono mesi («aprile 2026»).
period-quarter = Q{ $quarter } { $year }
period-range = { $from } – { $to }

# Un nome o un mese con il suo valore accanto: «Disponibilità ERP (99,1%)».
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] mancato l’obiettivo di un ticket
   *[other] mancato l’obiettivo di { $count } ticket
}
with-figure-short = { $name } ({ $figure }, { $short })

# Una variazione in punti percentuali: «+2,1 p.p.». $value è il numero con segno.
change-points = { $amount ->
   *[other] { $value } p.p.
}

# Conteggi, come brevi espressioni.
responses-count = { $count ->
    [one] { $count } risposta
   *[other] { $count } risposte
}
days-overdue = { $count ->
    [one] { $count } giorno di ritardo
   *[other] { $count } giorni di ritardo
}
devices-covered = { $count ->
    [one] { $count } dispositivo coperto
   *[other] { $count } dispositivi coperti
}
rows-skipped = { $count ->
    [one] { $count } riga delle esportazioni dei ticket è stata ignorata perché illeggibile; è indicata nel file JSON.
   *[other] { $count } righe delle esportazioni dei ticket sono state ignorate perché illeggibili; sono elencate nel file JSON.
}
more-breaches = { $count ->
    [one] { $count } ulteriore violazione non è riportata qui; il responsabile del servizio può fornire su richiesta l'elenco completo.
   *[other] { $count } ulteriori violazioni non sono riportate qui; il responsabile del servizio può fornire su richiesta l'elenco completo.
}
# I ticket di uno SLA: «42 entro SLA · 3 fuori SLA · 1 in corso».
sla-counts = { $met } entro SLA · { $breached } fuori SLA
sla-counts-pending = { $met } entro SLA · { $breached } fuori SLA · { $pending } in corso
# Minuti di uno SLA di disponibilità; $downtime e $maintenance sono durate («42 min»).
availability-minutes = { $downtime } di indisponibilità · { $maintenance } di manutenzione
# La quota utilizzata del budget di indisponibilità: «40% utilizzato».
budget-used = { $share } utilizzato
# Il target mensile di un KPI accanto al grafico: «Target 20 al mese».
target-per-month = Target { $target } al mese
# Le linee di target e di obiettivo dei grafici: «Target 75%», «Obiettivo 99,9%».
chart-target = Target { $value }
chart-goal = Obiettivo { $value }
# Apertura e chiusura di un'azione di miglioramento; $date è una data.
action-opened = aperta in data { $date }
action-closed = chiusa in data { $date }

# Che cosa misura uno SLA. $priority è il nome della priorità del cliente (P1), $within una
# durata (4 h), $calendar il nome del calendario del cliente (24x7, ore lavorative).
measure-response = Risposta { $priority } entro { $within }, { $calendar }
measure-resolution = Risoluzione { $priority } entro { $within }, { $calendar }
measure-uptime = Disponibilità { $service }

# Penali (crediti di servizio). $share è una percentuale, $amount un importo, $month un mese.
credit-share = { $share } del canone mensile
credit-share-amount = { $amount } ({ $share } del canone mensile)
months-credited = { $count ->
    [one] { $count } mese con penale
   *[other] { $count } mesi con penale
}
credit-total = { $share } ({ $amount })

# In quanti mesi uno SLA ha raggiunto l'obiettivo.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = fuori obiettivo in { $off } mesi su { $total }
months-met-none = Nessun mese da misurare
months-met-last-12 = Obiettivo raggiunto in { $met } degli ultimi 12 mesi
months-met-with-data = { $met ->
    [one] Obiettivo raggiunto in { $met } mese su { $total } con dati (ultimi 12)
   *[other] Obiettivo raggiunto in { $met } mesi su { $total } con dati (ultimi 12)
}
months-met = { $met ->
    [one] { $met } mese su { $total } con obiettivo raggiunto
   *[other] { $met } mesi su { $total } con obiettivo raggiunto
}

# Un confronto omesso: «Confronto non effettuato: il periodo 2024 ha dati solo per 2 dei suoi 12 mesi.»
not-compared = Confronto non effettuato: il periodo { $period } ha dati solo per { $have } dei suoi { $need } mesi.

# Il termine per la disdetta del contratto, contato dalla fine del periodo.
notice-passed = { $count ->
    [one] scaduto { $count } giorno prima della fine del periodo
   *[other] scaduto { $count } giorni prima della fine del periodo
}
notice-today = l'ultimo giorno del periodo
notice-days-left = { $count ->
    [one] { $count } giorno dopo la fine del periodo
   *[other] { $count } giorni dopo la fine del periodo
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Senza disdetta entro tale data, il contratto si rinnova per { $months ->
    [one] un mese
   *[other] { $months } mesi
}, fino al { $until }.
by-default-renewed = Salvo disdetta data entro tale data, il contratto si rinnova per { $months ->
    [one] un mese
   *[other] { $months } mesi
}, fino al { $until }.
by-default-ends = Salvo rinnovo concordato, il contratto termina il { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Termine di disdetta del contratto { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = Il termine di disdetta del contratto { $id } era il { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } risulta { $typed } nei file di periodo; le esportazioni dei ticket misurano { $measured } su { $tickets ->
    [one] un ticket
   *[other] { $tickets } ticket
} dello stesso periodo. Il KPI riporta il valore inserito; l’altro è misurato sui ticket del periodo nelle esportazioni.
reconcile-differs-plain = { $name } risulta { $typed } nei file di periodo; le esportazioni dei ticket misurano { $measured } per lo stesso periodo. Il KPI riporta il valore inserito; l’altro è misurato sui ticket del periodo nelle esportazioni.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] un dispositivo
   *[other] { $count } dispositivi
} in più dei { $covered } coperti
beyond-users = { $count ->
    [one] un utente
   *[other] { $count } utenti
} in più dei { $covered } coperti
estate-beyond = A { $month } il parco contava { $items }; il contratto non ne fissa il prezzo.
estate-beyond-priced = A { $month } il parco contava { $items }: { $amount } al mese ai prezzi del contratto.

## La sintesi: ogni messaggio è una frase.

# Fattori critici di successo. $others è un elenco delle espressioni csfs-count-* pertinenti,
# unite con la «e»: «1 quasi in target e 2 fuori target».
csfs-none = Non è definito alcun fattore critico di successo.
csfs-all-on-target = { $total ->
    [one] Il fattore critico di successo è in target.
   *[other] Tutti e { $total } i fattori critici di successo sono in target.
}
csfs-none-on-target = { $total ->
    [one] Il fattore critico di successo non è in target: { $others }.
   *[other] Su { $total } fattori critici di successo, nessuno è in target: { $others }.
}
csfs-some-on-target = Su { $total } fattori critici di successo, { $green ->
    [one] { $green } è in target
   *[other] { $green } sono in target
}; { $others }.
csfs-count-amber = { $count } quasi in target
csfs-count-red = { $count } fuori target
csfs-count-no-data = { $count } senza dati

# SLA. $longer vale «yes» su un trimestre o un anno, altrimenti «no». $missed è l'elenco degli
# SLA non rispettati con i loro valori: «Risposta P1 (80,0%) e Disponibilità ERP (99,1%)».
slas-none = Non vengono misurati SLA.
slas-nothing-measured = In questo periodo nessuno SLA aveva dati da misurare.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] Lo SLA è stato rispettato sull'intero periodo.
       *[no] Lo SLA è stato rispettato.
    }
   *[other] { $longer ->
        [yes] Tutti e { $met } gli SLA sono stati rispettati sull'intero periodo.
       *[no] Tutti e { $met } gli SLA sono stati rispettati.
    }
}
slas-all-met-some-empty = { $met ->
    [one] Lo SLA con dati è stato rispettato; { $no_data ->
        [one] { $no_data } altro SLA non aveva nulla da misurare.
       *[other] altri { $no_data } SLA non avevano nulla da misurare.
    }
   *[other] Tutti e { $met } gli SLA con dati sono stati rispettati; { $no_data ->
        [one] { $no_data } altro SLA non aveva nulla da misurare.
       *[other] altri { $no_data } SLA non avevano nulla da misurare.
    }
}
slas-some-missed = { $met ->
    [one] { $met } SLA su { $measured } è stato rispettato; obiettivo non raggiunto per { $missed }.
   *[other] { $met } SLA su { $measured } sono stati rispettati; obiettivo non raggiunto per { $missed }.
}

# Uno SLA rispettato sul trimestre o sull'anno ma non in singoli mesi. $months è un elenco di
# mesi con i loro valori: «maggio 2026 (94,1%) e giugno 2026 (93,0%)».
missed-months = { $count ->
    [one] { $name } ha raggiunto l'obiettivo sull'intero periodo, ma lo ha mancato in { $count } mese: { $months }.
   *[other] { $name } ha raggiunto l'obiettivo sull'intero periodo, ma lo ha mancato in { $count } mesi: { $months }.
}

# Penali dovute. $items è un elenco di espressioni credit-item.
credits-due = Per questo periodo sono dovute penali per un importo di { $amount }.
credits-due-items = Sono dovute penali per un importo di { $amount }: { $items }.
credit-item = { $name } ({ $attainment })
credit-item-month = { $name } nel mese di { $month } ({ $attainment })

# KPI che richiedono attenzione; $kpis è un elenco di espressioni against-target.
attention-red = Fuori target: { $kpis }.
attention-amber = Quasi in target: { $kpis }.
against-target = { $name } ({ $value }, target { $target })

# Le variazioni più rilevanti dei KPI. $direction vale improving, worsening o steady.
kpi-change = { $direction ->
    [improving] { $name }: miglioramento da { $from } a { $to } ({ $change }).
    [worsening] { $name }: peggioramento da { $from } a { $to } ({ $change }).
   *[steady] { $name }: stabile, da { $from } a { $to } ({ $change }).
}

# Azioni di miglioramento del periodo.
actions-summary = { $overdue ->
    [0] Azioni di miglioramento: { $new ->
        [one] { $new } nuova
       *[other] { $new } nuove
    }, { $done ->
        [one] { $done } completata
       *[other] { $done } completate
    }.
   *[other] Azioni di miglioramento: { $new ->
        [one] { $new } nuova
       *[other] { $new } nuove
    }, { $done ->
        [one] { $done } completata
       *[other] { $done } completate
    }, { $overdue } in ritardo.
}

## L'e-mail che accompagna una revisione

# $document vale monthly, qbr o annual; $client è il nome del cliente; $period il periodo.
email-subject = { $client } · { $document ->
    [qbr] Revisione trimestrale (QBR)
    [annual] Revisione annuale e rinnovo
   *[monthly] Revisione mensile del servizio
} · { $period }
email-greeting = Gentile { $name },
email-attached = { $document ->
    [qbr] in allegato Le inviamo la revisione trimestrale relativa al periodo { $period }.
    [annual] in allegato Le inviamo la revisione annuale relativa al periodo { $period }.
   *[monthly] in allegato Le inviamo la revisione mensile del servizio relativa al periodo { $period }.
}
email-slas = Accordi sui livelli di servizio:
email-sla = { $name }: { $attainment }, obiettivo { $goal }
email-sla-missed = { $name }: { $attainment }, obiettivo { $goal } (non rispettato)
email-actions = Azioni di miglioramento da discutere:
email-action-overdue = { $id } { $title }: in ritardo (scadenza { $due })
email-action-new = { $id } { $title }: nuova
email-action-new-due = { $id } { $title }: nuova, scadenza { $due }
email-regards = Cordiali saluti,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Revisione del portafoglio
clients_reviewed = Clienti esaminati
health_across_book = Stato del portafoglio
clients_at_risk = Clienti per rischio
renewals_ahead = Rinnovi nei prossimi 12 mesi
recurring_revenue = Ricavi ricorrenti
satisfaction_volume = Soddisfazione e volume di ticket
failed_clients = Clienti non esaminati: dati con errori
client = Cliente
risk_score = Rischio
risk_reasons = Motivi
credits_period = Crediti del periodo
currency = Valuta
mrr = Ricavi ricorrenti mensili
new_business = Nuovi
expansion = Espansione
contraction = Contrazione
churned = Persi
per_client = Per cliente
gross_retention = Retention lorda
net_retention = Retention netta
fee_before = Canone precedente
fee_now = Canone attuale
tickets_month = Ticket aperti
all_clients = Tutti i clienti
kpis_red_short = KPI rossi
slas_missed_short = SLA mancati
risk-slas-missed = { $count ->
    [one] SLA mancato: { $names }
   *[other] { $count } SLA mancati: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI rosso: { $names }
   *[other] { $count } KPI rossi: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI giallo: { $names }
   *[other] { $count } KPI gialli: { $names }
}
risk-credit = credito di servizio di { $amount }
risk-worsening = peggiorati rispetto al periodo precedente: { $names }
risk-overdue = { $count ->
    [one] un’azione di miglioramento scaduta
   *[other] { $count } azioni di miglioramento scadute
}
risk-none = nulla da segnalare
slas-met-count = { $met } su { $total } rispettati
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Ricavi ricorrenti mensili
estate_not_covered = Dispositivi e utenti non coperti
devices_counted = Dispositivi rilevati
users_counted = Utenti rilevati
covered = Coperti
not_covered = Non coperti
no_reviews = Nessun cliente è stato esaminato per questo periodo.
no_renewals = Nessun contratto scade nei prossimi 12 mesi.
fee_changes = Canoni modificati
legend_csf = Stato dei CSF
legend_sla = Esito degli SLA
converted-total = Totale in { $currency }
renewals-urgent = { $count ->
    [one] uno con preavviso entro 90 giorni
   *[other] { $count } con preavviso entro 90 giorni
}
rate-item = 1 { $from } = { $rate }
rates-used = Convertito al cambio di { $rates }.
rates-used-dated = Convertito al cambio di { $rates }, cambi del { $date }.
more-clients = { $count ->
    [one] Un altro cliente non è elencato qui; tutti i clienti sono nel JSON del portafoglio (--json).
   *[other] Altri { $count } clienti non sono elencati qui; tutti i clienti sono nel JSON del portafoglio (--json).
}

## Decisioni e aspetti economici, cosa è successo, rischi, il piano, il rinnovo, nota sui dati
decisions_money = Decisioni e aspetti economici
no_decisions = Nessuna decisione in sospeso.
decision = Decisione
amount = Importo
renewal_proposal = Proposta di rinnovo
credits_owed = Penali dovute
estate_beyond = Parco fuori contratto
asks = Le nostre richieste
events_title = Incidenti gravi e modifiche
event_incident = Incidente
event_change = Modifica
event_security = Sicurezza
severity_minor = Lieve
severity_major = Grave
severity_critical = Critica
event = Evento
cause = Causa
answered_by = Azioni correlate
business_impact = Impatto sull'attività
service = Servizio
cost_per_hour = Costo orario
cost = Costo
risks_title = Rischi
no_risks = Nel registro non risulta alcun rischio.
risk = Rischio
likelihood = Probabilità
impact = Impatto
score = Punteggio
mitigation = Mitigazione
risk_grid = Rischi aperti per probabilità e impatto
risk_changes = Dall'ultima revisione
risks_closed = Chiusi nel periodo
risk_open = Aperto
risk_mitigating = In mitigazione
risk_accepted = Accettato
risk_closed = Chiuso
risk_security = Sicurezza
risk_continuity = Continuità operativa
risk_compliance = Conformità
risk_capacity = Capacità
risk_lifecycle = Ciclo di vita
risk_supplier = Fornitore
risk_other = Altro
plan_title = Il piano e il relativo budget
roadmap = Roadmap
initiative = Iniziativa
budget_forecast = Previsione di budget
one_off = Una tantum
recurring = Ricorrente
device_refresh = Sostituzione dispositivi
devices_due = Dispositivi
initiatives_done = Completate nel periodo
initiative_proposed = Proposta
initiative_approved = Approvata
initiative_in_progress = In corso
initiative_done = Completata
initiative_deferred = Rinviata
initiative_declined = Respinta
initiative_security = Sicurezza
initiative_infrastructure = Infrastruttura
initiative_lifecycle = Ciclo di vita
initiative_cloud = Cloud
initiative_compliance = Conformità
initiative_continuity = Continuità operativa
initiative_productivity = Produttività
initiative_other = Altro
budget_chart_note = Previsione per trimestre: costi una tantum e ricorrenti della roadmap e dispositivi da sostituire.
term = Durata
annual_fee_now = Canone annuo attuale
proposed_annual_fee = Canone annuo proposto
true_up_year = Parco fuori contratto, su base annua
scope_changes = Modifiche al perimetro del servizio
about_figures = Nota sui dati
what_happened_title = Cosa è successo
source_period_files = File di periodo
source_tickets = Esportazioni dei ticket
source_calendar = Calendario
source_devices = Elenco dei dispositivi
source_rules = Come vengono calcolati i dati
a-month = { $amount } al mese
a-year = { $amount } all'anno
users-affected = { $count ->
    [one] un utente coinvolto
   *[other] { $count } utenti coinvolti
}
users-covered = { $count ->
    [one] { $count } utente coperto
   *[other] { $count } utenti coperti
}
impact-none = Nessuna indisponibilità non pianificata nel periodo.
impact-hours = { $downtime } di indisponibilità non pianificata nel periodo.
impact-costed = { $downtime } di indisponibilità non pianificata nel periodo, con un costo per l'azienda di circa { $cost } in base ai costi orari che ci avete indicato.
review-overdue = revisione in ritardo (prevista in data { $date })
risk-new = Nuovo: { $id } { $title } (punteggio { $score }).
risk-closed-now = Chiuso: { $id } { $title }.
risk-up = In aumento: { $id } { $title }, punteggio { $from } → { $score }.
risk-down = In calo: { $id } { $title }, punteggio { $from } → { $score }.
devices-due = { $count ->
    [one] Un dispositivo su { $total } dell'elenco va sostituito nei prossimi { $quarters } trimestri
   *[other] { $count } dispositivi su { $total } dell'elenco vanno sostituiti nei prossimi { $quarters } trimestri
}{ $overdue ->
    [0] .
    [one] , e uno di questi ha già superato la data di sostituzione.
   *[other] , e { $overdue } di questi hanno già superato la data di sostituzione.
}
decision-notice = Rinnovo o disdetta del contratto { $id }
credits-for = Dovute per { $items }.
renewal-term = { $months ->
    [one] { $months } mese
   *[other] { $months } mesi
} con decorrenza { $start }
renewal-economics = Proponiamo { $term } a { $monthly } al mese ({ $annual } all'anno), rispetto a un canone attuale di { $now } all'anno: { $change }.
renewal-true-up = Ai prezzi del contratto, l'attuale parco fuori contratto costerebbe { $amount } all'anno.
renewal-credits = Penali corrisposte nell'anno: { $amount }.
source-periods = { $count ->
    [one] File di periodo presenti per { $count } mese su { $total }: { $files }.
   *[other] File di periodo presenti per { $count } mesi su { $total }: { $files }.
} I KPI inseriti in questi file e i sondaggi sono ripresi così come sono scritti; la disponibilità è calcolata dai minuti indicati.
source-tickets = { $files }: { $rows ->
    [one] { $rows } riga letta
   *[other] { $rows } righe lette
}, { $skipped ->
    [one] { $skipped } ignorata
   *[other] { $skipped } ignorate
}. Un ticket viene conteggiato nel mese in cui è stato aperto, secondo il fuso orario { $timezone }; i tempi di risoluzione e di risposta sono misurati secondo il calendario dello SLA.
source-calendar = { $hours }, fuso orario { $timezone }, { $holidays ->
    [one] { $holidays } giorno festivo
   *[other] { $holidays } giorni festivi
}.
source-devices = { $file }: { $count ->
    [one] { $count } dispositivo, da sostituire secondo la politica di rinnovo del suo tipo.
   *[other] { $count } dispositivi, ciascuno da sostituire secondo la politica di rinnovo del proprio tipo.
}
source-rules = Il livello raggiunto da uno SLA è il numero di ticket entro SLA diviso per la somma dei ticket entro SLA e fuori SLA; i ticket ancora aperti ed entro l'obiettivo sono elencati, ma non conteggiati. La disponibilità è data dai minuti pianificati meno manutenzione e indisponibilità, divisi per i minuti pianificati meno la manutenzione. Un trimestre o un anno è calcolato a partire dai suoi mesi: ticket e minuti sono sommati, i livelli sono quelli di fine periodo, le medie sono ponderate in base a ciò su cui sono calcolate.
unplanned_downtime = Fermo non pianificato
figures-as-of = Dati aggiornati al { $date }
first_to_last_quarter = Primo → ultimo trimestre
same_months_before = Stessi mesi un anno prima
same-months-note = Confronto con gli stessi { $count } mesi di un anno prima (da { $from } a { $to }): i mesi di { $period } con dati.
biggest_moves = Le variazioni maggiori e le loro cause
move = Variazione
explained_by = Spiegato da
in_the_notes = le note del periodo
no_explanation = Nessuna spiegazione registrata
source_terms = Termini
source-terms = Da P1 a P4 sono le priorità dei ticket, P1 la più urgente. CSI (miglioramento continuo del servizio) è il registro delle azioni concordate con voi. Una variazione in p.p. (punti percentuali) è la differenza tra due percentuali. Il cut-off è il momento dell’esportazione dei ticket: un ticket ancora aperto allora, entro il suo obiettivo, è in sospeso. Il budget di fermo è il fermo non pianificato che un obiettivo di disponibilità consente.
source-priorities = Le priorità del vostro PSA: { $priorities }.
appendix = Appendice
