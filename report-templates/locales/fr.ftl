# svcreview : les textes des rapports, en français.
#
# Syntaxe Fluent (https://projectfluent.org/fluent/guide/). Pour modifier un libellé, copiez
# le message dans <dossier des modèles>/locales/<locale>.ftl ; les messages que vous n'y
# reprenez pas gardent le texte livré. Pour ajouter une langue, copiez le fichier de
# référence en.ftl dans locales/<tag>.ftl (par exemple pl.ftl ou pt-PT.ftl) et traduisez
# chaque valeur ; `svcreview validate` liste celles qui manquent encore.
#
# Deux sortes de messages :
# - Les libellés (identifiants en snake_case, sans $variables) : titres, en-têtes de
#   colonnes, mots isolés. Les modèles les affichent tels quels.
# - Les phrases (identifiants en kebab-case, avec $variables) : svcreview remplit les
#   variables. Les variables nommées $count, $total, $met, ... sont des nombres (à utiliser
#   dans les sélecteurs de pluriel : en français [one] couvre 0 et 1, puis *[other]) ;
#   toutes les autres variables sont du texte déjà mis en forme pour la langue (un chiffre
#   avec son unité, une date, un nom, une liste déjà reliée par « et »).
#   Gardez toutes les variables d'un message ; placez-les où la langue le demande.
#
# Typographie : espace insécable (U+00A0) avant « : » et « ; ».


## Libellés

monthly_title = Revue de service mensuelle
prepared_for = Client
prepared_by = Prestataire
period = Période
contract = Contrat
sdm = Responsable de la prestation
contents = Sommaire
issued = Date d'émission
at_a_glance = Vue d'ensemble
measured_by = Mesuré par
no_credits_short = néant
csat_short = Satisfaction client
nps_short = Net Promoter Score
budget_allows = Budget d'indisponibilité
level_at_period_end = Niveau en fin de période
month = Mois
total = Total
other_kpis = Autres KPI
charts_note = Évolution mensuelle sur douze mois, par rapport à la cible mensuelle.
at_period_end = tickets ouverts en fin de période
credits_quarter = Pénalités du trimestre
kind = Type
proposal = Proposition
agenda = Ordre du jour
thank_you = Merci
next_review = Prochaine revue
dashboard = Tableau de bord
sla_by_month = SLA mois par mois
kpi_slides = Indicateurs clés de performance
months = Mois
your_sdm = Votre responsable de la prestation
next_review_qbr = Prochaine revue trimestrielle
next_review_annual = Prochaine revue annuelle
at_period_end_kpi = en fin de période
charts_note_qbr = Évolution mensuelle sur douze mois, par rapport à la cible mensuelle ; les mois de ce trimestre sont ombrés.
executive_summary = Synthèse
csf_at_a_glance = Vue d'ensemble des facteurs clés de succès
slas = Accords de niveau de service
sla = SLA
measure = Mesure
goal = Objectif
attainment = Réalisé
margin = Marge
trend = Tendance
result = Résultat
tickets = Tickets
met = Respecté
missed = Non respecté
breached = Hors délai
pending = En cours
uptime = Disponibilité
downtime = Indisponibilité
maintenance = Maintenance
service_credits = Pénalités
credit = Pénalité
no_credits = Aucune pénalité n'est due pour cette période.
kpis_by_csf = KPI par facteur clé de succès
kpi = KPI
csf = Facteur clé de succès
kpis_on_target = KPI dans la cible
red_lower = hors cible
amber_lower = près de la cible
value = Valeur
target = Cible
previous_month = Mois précédent
change = Variation
year_ago = Il y a un an
status = Statut
trends = KPI mois par mois
sla_history = SLA mois par mois
surveys = Retours clients
csat = Satisfaction client (CSAT)
nps = Net Promoter Score (NPS)
ces = Score d'effort client (CES)
csi = Amélioration continue des services
csi_new = Nouvelles actions de la période
csi_done = Actions réalisées sur la période
csi_overdue = En retard
csi_open = En cours
action = Action
owner = Responsable
due = Échéance
notes = Commentaires de votre responsable de la prestation
what_happened = Ce qui s'est passé, mois par mois
renewal_decision_by = Décision de renouvellement attendue avant le
reconciliation = Chiffres saisis que les exports de tickets mesurent autrement
miss = Manqué ou hors objectif
misses_answered = Écarts et actions qui y répondent
no_action_recorded = Aucune action enregistrée
no_renewal_recommendation = Aucune recommandation de renouvellement n’a encore été enregistrée.
no_recommendations = Aucune recommandation n’a été enregistrée pour ce trimestre.
no_data = pas de données
no_actions = Aucune action.
green = Dans la cible
amber = Près de la cible
red = Hors cible
no-data = Pas de données
improving = en amélioration
worsening = en dégradation
steady = stable
open = À traiter
in-progress = En cours
done = Terminé
cancelled = Annulé
target_line = Cible
goal_line = Objectif
confidential = Confidentiel
qbr_title = Revue trimestrielle
annual_title = Revue annuelle et renouvellement
previous_quarter = Trimestre précédent
quarter = Trimestre
year = Année
previous_year = Année précédente
recommendations = Recommandations
next_focus = Priorités du prochain trimestre
restated = Chiffres corrigés depuis la dernière revue
restated_note = Ces chiffres diffèrent de ceux présentés lors de la dernière revue, car des données ou des définitions ont été corrigées depuis.
presented = Valeur présentée
now = Valeur actuelle
contract_renewal = Contrat et renouvellement
contract_end = Fin du contrat
notice_period = Préavis
notice_deadline = Date limite de préavis
annual_value = Montant annuel
credits_year = Pénalités de l'année
renewal_recommendation = Recommandation de renouvellement
proposals = Propositions pour le renouvellement
sla_grid = Résultats des SLA mois par mois
kpi_yoy = KPI d'une année sur l'autre
sla_kind = Modification de SLA
kpi_kind = KPI
csf_kind = Modification de FCS
other_kind = Autre
ticket_volume = Volume et stock de tickets
opened = Ouverts
closed = Résolus
backlog = Stock
fcr_short = Résolution au premier contact
escalation_short = Escalade
opened_per_month = Tickets ouverts par mois
backlog_per_month = Stock en fin de mois
ticket_times = Délais de réponse et de résolution
basis = Base de calcul
mean = Moyenne
median = Médiane
p90 = 90e centile
first_response = Première réponse
resolution_time = Résolution
business = heures ouvrées
around_the_clock = 24 h/24, 7 j/7
elapsed = heures calendaires
breaches = Dépassements de SLA et tickets en cours à la date d'arrêté
ticket = Ticket
opened_at = Ouvert le
actual = Réel
over = Dépassement

# Formes de certains libellés en milieu de phrase, telles qu'elles se lisent après un
# point-virgule dans une ligne de la présentation (en minuscules en français).
previous_quarter_inline = trimestre précédent
previous_year_inline = année précédente
budget_allows_inline = budget d'indisponibilité
credit_inline = pénalité

## Phrases

# Pied de page : « Page 3 sur 12 ».
page-of = Page { $page } sur { $pages }

# Une période. $quarter vaut 1 à 4, $year par ex. 2026 ; $from et $to sont des mois (« avril 2026 »).
period-quarter = T{ $quarter } { $year }
period-range = { $from } – { $to }

# Un nom ou un mois avec son chiffre à côté : « Disponibilité ERP (99,1 %) ».
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] il manquait un ticket pour atteindre l’objectif
   *[other] il manquait { $count } tickets pour atteindre l’objectif
}
with-figure-short = { $name } ({ $figure }, { $short })

# Une variation en points de pourcentage : « +2,1 pts ». $value est le nombre signé.
change-points = { $amount ->
    [one] { $value } pt
   *[other] { $value } pts
}

# Des décomptes, en phrases courtes.
responses-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
days-overdue = { $count ->
    [one] { $count } jour de retard
   *[other] { $count } jours de retard
}
devices-covered = { $count ->
    [one] { $count } équipement couvert
   *[other] { $count } équipements couverts
}
rows-skipped = { $count ->
    [one] { $count } ligne des exports de tickets a été ignorée car illisible ; le fichier JSON la mentionne.
   *[other] { $count } lignes des exports de tickets ont été ignorées car illisibles ; le fichier JSON les répertorie.
}
more-breaches = { $count ->
    [one] { $count } autre dépassement n'est pas listé ici ; votre responsable de la prestation peut vous fournir la liste complète.
   *[other] { $count } autres dépassements ne sont pas listés ici ; votre responsable de la prestation peut vous fournir la liste complète.
}
# Les tickets d'un SLA : « 42 dans les délais · 3 hors délai · 1 en cours ».
sla-counts = { $met } dans les délais · { $breached } hors délai
sla-counts-pending = { $met } dans les délais · { $breached } hors délai · { $pending } en cours
# Minutes d'un SLA de disponibilité ; $downtime et $maintenance sont des durées (« 42 min »).
availability-minutes = { $downtime } d'indisponibilité · { $maintenance } de maintenance
# La part consommée du budget d'indisponibilité : « consommé à 40 % ».
budget-used = consommé à { $share }
# La cible mensuelle d'un KPI à côté de son graphique : « Cible 20 par mois ».
target-per-month = Cible { $target } par mois
# Les lignes de cible et d'objectif des graphiques : « Cible 75 % », « Objectif 99,9 % ».
chart-target = Cible { $value }
chart-goal = Objectif { $value }
# Dates d'ouverture et de clôture d'une action d'amélioration ; $date est une date.
action-opened = ouverte le { $date }
action-closed = clôturée le { $date }

# Ce que mesure un SLA. $priority est le nom de priorité du client (P1), $within une
# durée (4 h), $calendar le nom du calendrier du client (24x7, heures ouvrées).
measure-response = Réponse { $priority } sous { $within }, { $calendar }
measure-resolution = Résolution { $priority } sous { $within }, { $calendar }
measure-uptime = Disponibilité { $service }

# Pénalités (crédits de service). $share est un pourcentage, $amount une somme, $month un mois.
credit-share = { $share } de la redevance mensuelle
credit-share-amount = { $amount } ({ $share } de la redevance mensuelle)
months-credited = { $count ->
    [one] { $count } mois pénalisé
   *[other] { $count } mois pénalisés
}
credit-total = { $share } ({ $amount })

# Nombre de mois où un SLA a atteint son objectif.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = hors objectif { $off } mois sur { $total }
months-met-none = Aucun mois à mesurer
months-met-last-12 = Objectif atteint { $met } mois sur les 12 derniers
months-met-with-data = { $total ->
    [one] Objectif atteint { $met } mois sur { $total } avec données (12 derniers mois)
   *[other] Objectif atteint { $met } mois sur { $total } avec données (12 derniers mois)
}
months-met = { $total ->
    [one] { $met } mois sur { $total } dans l'objectif
   *[other] { $met } mois sur { $total } dans l'objectif
}

# Une comparaison omise : « Pas de comparaison : 2024 ne dispose de données que pour 2 de ses 12 mois. »
not-compared = Pas de comparaison : { $period } ne dispose de données que pour { $have } de ses { $need } mois.

# La date limite de préavis du contrat, comptée à partir de la fin de la période.
notice-passed = { $count ->
    [one] dépassée { $count } jour avant la fin de la période
   *[other] dépassée { $count } jours avant la fin de la période
}
notice-today = le dernier jour de la période
notice-days-left = { $count ->
    [one] { $count } jour après la fin de la période
   *[other] { $count } jours après la fin de la période
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Sans préavis d’ici là, le contrat est reconduit pour { $months ->
    [one] un mois
   *[other] { $months } mois
}, jusqu’au { $until }.
by-default-renewed = Sauf préavis donné avant cette date, le contrat est reconduit pour { $months ->
    [one] un mois
   *[other] { $months } mois
}, jusqu’au { $until }.
by-default-ends = Sauf renouvellement convenu, le contrat prend fin le { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Date limite de préavis du contrat { $id } : { $deadline }, { $when }. { $default }
notice-summary-passed = La date limite de préavis du contrat { $id } était le { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } est saisi à { $typed } dans les fichiers de période ; les exports de tickets mesurent { $measured } sur { $tickets ->
    [one] un ticket
   *[other] { $tickets } tickets
} de la même période. L’indicateur affiche le chiffre saisi ; l’autre est mesuré sur les tickets de la période dans les exports.
reconcile-differs-plain = { $name } est saisi à { $typed } dans les fichiers de période ; les exports de tickets mesurent { $measured } pour la même période. L’indicateur affiche le chiffre saisi ; l’autre est mesuré sur les tickets de la période dans les exports.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] un appareil
   *[other] { $count } appareils
} de plus que les { $covered } couverts
beyond-users = { $count ->
    [one] un utilisateur
   *[other] { $count } utilisateurs
} de plus que les { $covered } couverts
estate-beyond = En { $month }, le parc comptait { $items } ; le contrat n’en fixe pas le prix.
estate-beyond-priced = En { $month }, le parc comptait { $items } : { $amount } par mois aux prix du contrat.

## La synthèse : chaque message est une phrase.

# Facteurs clés de succès. $others est une liste des expressions csfs-count-* applicables,
# reliées par « et » : « 1 près de la cible et 2 hors cible ».
csfs-none = Aucun facteur clé de succès n'est défini.
csfs-all-on-target = { $total ->
    [one] Le facteur clé de succès est dans la cible.
   *[other] Les { $total } facteurs clés de succès sont tous dans la cible.
}
csfs-none-on-target = { $total ->
    [one] Le facteur clé de succès n'est pas dans la cible : { $others }.
   *[other] Aucun des { $total } facteurs clés de succès n'est dans la cible : { $others }.
}
csfs-some-on-target = Sur { $total } facteurs clés de succès, { $green ->
    [one] { $green } est dans la cible
   *[other] { $green } sont dans la cible
} ; { $others }.
csfs-count-amber = { $count } près de la cible
csfs-count-red = { $count } hors cible
csfs-count-no-data = { $count } sans données

# SLA. $longer vaut « yes » sur un trimestre ou une année, sinon « no ». $missed est la liste
# des SLA non respectés avec leurs chiffres : « Réponse P1 (80,0 %) et Disponibilité ERP (99,1 %) ».
slas-none = Aucun SLA n'est mesuré.
slas-nothing-measured = Aucun SLA n'avait de données à mesurer sur cette période.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] Le SLA a été respecté sur l'ensemble de la période.
       *[no] Le SLA a été respecté.
    }
   *[other] { $longer ->
        [yes] Les { $met } SLA ont tous été respectés sur l'ensemble de la période.
       *[no] Les { $met } SLA ont tous été respectés.
    }
}
slas-all-met-some-empty = { $met ->
    [one] Le SLA disposant de données a été respecté ; { $no_data ->
        [one] { $no_data } autre n'avait rien à mesurer.
       *[other] { $no_data } autres n'avaient rien à mesurer.
    }
   *[other] Les { $met } SLA disposant de données ont tous été respectés ; { $no_data ->
        [one] { $no_data } autre n'avait rien à mesurer.
       *[other] { $no_data } autres n'avaient rien à mesurer.
    }
}
slas-some-missed = { $met ->
    [one] { $met } SLA sur { $measured } a été respecté ; objectif non atteint pour { $missed }.
   *[other] { $met } SLA sur { $measured } ont été respectés ; objectif non atteint pour { $missed }.
}

# Un SLA respecté sur le trimestre ou l'année mais manqué certains mois. $months est une liste
# de mois avec leurs chiffres : « mai 2026 (94,1 %) et juin 2026 (93,0 %) ».
missed-months = { $count ->
    [one] { $name } a atteint son objectif sur la période, mais l'a manqué { $count } mois : { $months }.
   *[other] { $name } a atteint son objectif sur la période, mais l'a manqué pendant { $count } mois : { $months }.
}

# Pénalités dues. $items est une liste d'expressions credit-item.
credits-due = Des pénalités d'un montant de { $amount } sont dues pour cette période.
credits-due-items = Des pénalités d'un montant de { $amount } sont dues : { $items }.
credit-item = { $name } à { $attainment }
credit-item-month = { $name } en { $month } à { $attainment }

# KPI qui demandent de l'attention ; $kpis est une liste d'expressions against-target.
attention-red = Hors cible : { $kpis }.
attention-amber = Près de la cible : { $kpis }.
against-target = { $name } ({ $value } pour une cible de { $target })

# Les plus fortes évolutions de KPI. $direction vaut improving, worsening ou steady.
kpi-change = { $direction ->
    [improving] { $name } : amélioration de { $from } à { $to } ({ $change }).
    [worsening] { $name } : dégradation de { $from } à { $to } ({ $change }).
   *[steady] { $name } : stable, de { $from } à { $to } ({ $change }).
}

# Actions d'amélioration de la période.
actions-summary = { $overdue ->
    [0] Actions d'amélioration : { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $done ->
        [one] { $done } réalisée
       *[other] { $done } réalisées
    }.
   *[other] Actions d'amélioration : { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $done ->
        [one] { $done } réalisée
       *[other] { $done } réalisées
    }, { $overdue } en retard.
}

## L'e-mail qui accompagne une revue

# $document vaut monthly, qbr ou annual ; $client est le nom du client ; $period la période.
email-subject = { $client } · { $document ->
    [qbr] Revue trimestrielle
    [annual] Revue annuelle et renouvellement
   *[monthly] Revue de service mensuelle
} · { $period }
email-greeting = Bonjour { $name },
email-attached = { $document ->
    [qbr] Veuillez trouver ci-joint votre revue trimestrielle pour la période { $period }.
    [annual] Veuillez trouver ci-joint votre revue annuelle pour la période { $period }.
   *[monthly] Veuillez trouver ci-joint votre revue de service mensuelle pour la période { $period }.
}
email-slas = Accords de niveau de service :
email-sla = { $name } : { $attainment } pour un objectif de { $goal }
email-sla-missed = { $name } : { $attainment } pour un objectif de { $goal } (non respecté)
email-actions = Actions d'amélioration à examiner :
email-action-overdue = { $id } { $title } : en retard depuis le { $due }
email-action-new = { $id } { $title } : nouvelle
email-action-new-due = { $id } { $title } : nouvelle, échéance le { $due }
email-regards = Cordialement,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Revue du portefeuille
clients_reviewed = Clients examinés
health_across_book = État du portefeuille
clients_at_risk = Clients par niveau de risque
renewals_ahead = Renouvellements dans les 12 prochains mois
recurring_revenue = Revenu récurrent
satisfaction_volume = Satisfaction et volume de tickets
failed_clients = Clients non examinés : données en erreur
client = Client
risk_score = Risque
risk_reasons = Motifs
credits_period = Crédits de la période
currency = Devise
mrr = Revenu mensuel récurrent
new_business = Nouveau
expansion = Expansion
contraction = Contraction
churned = Perdu
per_client = Par client
gross_retention = Rétention brute
net_retention = Rétention nette
fee_before = Redevance avant
fee_now = Redevance actuelle
tickets_month = Tickets ouverts
all_clients = Tous les clients
kpis_red_short = KPI rouges
slas_missed_short = SLA non respectés
risk-slas-missed = { $count ->
    [one] SLA non respecté : { $names }
   *[other] { $count } SLA non respectés : { $names }
}
risk-kpis-red = { $count ->
    [one] KPI rouge : { $names }
   *[other] { $count } KPI rouges : { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI orange : { $names }
   *[other] { $count } KPI orange : { $names }
}
risk-credit = crédit de service de { $amount }
risk-worsening = en baisse par rapport à la période précédente : { $names }
risk-overdue = { $count ->
    [one] une action d’amélioration en retard
   *[other] { $count } actions d’amélioration en retard
}
risk-none = rien à signaler
slas-met-count = { $met } sur { $total } respectés
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Revenu mensuel récurrent
estate_not_covered = Appareils et utilisateurs non couverts
devices_counted = Appareils recensés
users_counted = Utilisateurs recensés
covered = Couverts
not_covered = Non couverts
no_reviews = Aucun client n’a pu être revu pour cette période.
no_renewals = Aucun contrat ne prend fin dans les 12 prochains mois.
fee_changes = Redevances modifiées
legend_csf = Statut des FCS
legend_sla = Résultat des SLA
converted-total = Total en { $currency }
renewals-urgent = { $count ->
    [one] un avec un préavis dans les 90 jours
   *[other] { $count } avec un préavis dans les 90 jours
}
rate-item = 1 { $from } = { $rate }
rates-used = Converti au taux de { $rates }.
rates-used-dated = Converti au taux de { $rates }, cours du { $date }.
more-clients = { $count ->
    [one] Un autre client n’est pas listé ici ; tous les clients figurent dans le JSON du portefeuille (--json).
   *[other] { $count } autres clients ne sont pas listés ici ; tous les clients figurent dans le JSON du portefeuille (--json).
}

## Décisions et finances, ce qui s’est passé, risques, le plan, le renouvellement, à propos des chiffres
decisions_money = Décisions et finances
no_decisions = Aucune décision n’est en attente.
decision = Décision
amount = Montant
renewal_proposal = Proposition de renouvellement
credits_owed = Pénalités dues
estate_beyond = Parc hors contrat
asks = Ce que nous attendons de vous
events_title = Incidents majeurs et changements
event_incident = Incident
event_change = Changement
event_security = Sécurité
severity_minor = Mineur
severity_major = Majeur
severity_critical = Critique
event = Événement
cause = Cause
answered_by = Traité par
business_impact = Impact sur l’activité
service = Service
cost_per_hour = Coût horaire
cost = Coût
risks_title = Risques
no_risks = Aucun risque n’est inscrit au registre.
risk = Risque
likelihood = Probabilité
impact = Impact
score = Score
mitigation = Atténuation
risk_grid = Risques ouverts par probabilité et impact
risk_changes = Depuis la dernière revue
risks_closed = Clos sur la période
risk_open = Ouvert
risk_mitigating = En cours de réduction
risk_accepted = Accepté
risk_closed = Clos
risk_security = Sécurité
risk_continuity = Continuité
risk_compliance = Conformité
risk_capacity = Capacité
risk_lifecycle = Cycle de vie
risk_supplier = Fournisseur
risk_other = Autre
plan_title = Le plan et son budget
roadmap = Feuille de route
initiative = Initiative
budget_forecast = Prévisions budgétaires
one_off = Ponctuel
recurring = Récurrent
device_refresh = Renouvellement des équipements
devices_due = Équipements
initiatives_done = Terminées sur la période
initiative_proposed = Proposée
initiative_approved = Approuvée
initiative_in_progress = En cours
initiative_done = Terminée
initiative_deferred = Reportée
initiative_declined = Refusée
initiative_security = Sécurité
initiative_infrastructure = Infrastructure
initiative_lifecycle = Cycle de vie
initiative_cloud = Cloud
initiative_compliance = Conformité
initiative_continuity = Continuité
initiative_productivity = Productivité
initiative_other = Autre
budget_chart_note = Prévision de chaque trimestre : coûts ponctuels et récurrents de la feuille de route, et équipements à remplacer.
term = Durée
annual_fee_now = Redevance annuelle actuelle
proposed_annual_fee = Redevance annuelle proposée
true_up_year = Parc hors contrat, sur un an
scope_changes = Changements de périmètre
about_figures = À propos de ces chiffres
what_happened_title = Ce qui s’est passé
source_period_files = Fichiers de période
source_tickets = Exports de tickets
source_calendar = Calendrier
source_devices = Liste des équipements
source_rules = Mode de calcul des chiffres
a-month = { $amount } par mois
a-year = { $amount } par an
users-affected = { $count ->
    [one] { $count } utilisateur concerné
   *[other] { $count } utilisateurs concernés
}
users-covered = { $count ->
    [one] { $count } utilisateur couvert
   *[other] { $count } utilisateurs couverts
}
impact-none = Aucune indisponibilité non planifiée sur la période.
impact-hours = { $downtime } d’indisponibilité non planifiée sur la période.
impact-costed = { $downtime } d’indisponibilité non planifiée sur la période, soit un coût d’environ { $cost } pour votre activité, selon les coûts horaires que vous nous avez communiqués.
review-overdue = revue en retard depuis le { $date }
risk-new = Nouveau : { $id } { $title } (score { $score }).
risk-closed-now = Clos : { $id } { $title }.
risk-up = En hausse : { $id } { $title }, score { $from } → { $score }.
risk-down = En baisse : { $id } { $title }, score { $from } → { $score }.
devices-due = { $count ->
    [one] { $count } des { $total } équipements de la liste doit être remplacé dans les { $quarters } prochains trimestres
   *[other] { $count } des { $total } équipements de la liste doivent être remplacés dans les { $quarters } prochains trimestres
}{ $overdue ->
    [0] .
    [one] , dont un a déjà dépassé sa date de renouvellement.
   *[other] , dont { $overdue } ont déjà dépassé leur date de renouvellement.
}
decision-notice = Renouvellement ou résiliation du contrat { $id }
credits-for = Dues au titre de { $items }.
renewal-term = { $months } mois à compter du { $start }
renewal-economics = Nous proposons { $term } à { $monthly } par mois ({ $annual } par an), contre { $now } par an actuellement : { $change }.
renewal-true-up = Aux prix du contrat, le parc actuel hors contrat coûterait { $amount } par an.
renewal-credits = Pénalités versées sur l’année : { $amount }.
source-periods = { $count ->
    [one] { $count } mois sur { $total } a un fichier de période : { $files }.
   *[other] { $count } mois sur { $total } ont un fichier de période : { $files }.
} Les KPI qui y sont saisis et les enquêtes sont repris tels quels ; la disponibilité est calculée à partir des minutes indiquées.
source-tickets = { $files } : { $rows ->
    [one] { $rows } ligne lue
   *[other] { $rows } lignes lues
}, { $skipped ->
    [one] { $skipped } ignorée
   *[other] { $skipped } ignorées
}. Un ticket est compté dans le mois de son ouverture, dans le fuseau horaire { $timezone } ; les délais de résolution et de réponse sont mesurés selon le calendrier du SLA.
source-calendar = { $hours }, fuseau horaire { $timezone }, { $holidays ->
    [one] { $holidays } jour férié
   *[other] { $holidays } jours fériés
}.
source-devices = { $file } : { $count ->
    [one] { $count } équipement, à remplacer selon la politique de renouvellement de son type.
   *[other] { $count } équipements, chacun à remplacer selon la politique de renouvellement de son type.
}
source-rules = Le taux de respect d’un SLA est le nombre de tickets dans les délais rapporté au total des tickets dans les délais et hors délai ; les tickets encore ouverts et dans les délais sont listés, mais pas comptés. La disponibilité correspond aux minutes planifiées moins la maintenance et l’indisponibilité, rapportées aux minutes planifiées moins la maintenance. Un trimestre ou une année est calculé à partir de ses mois : tickets et minutes sont additionnés, les niveaux sont ceux de la fin de période, les moyennes sont pondérées par ce sur quoi elles portent.
unplanned_downtime = Indisponibilité non planifiée
figures-as-of = Chiffres arrêtés au { $date }
first_to_last_quarter = 1er → dernier trimestre
same_months_before = Mêmes mois un an plus tôt
same-months-note = Comparé aux { $count } mêmes mois un an plus tôt ({ $from } à { $to }), les mois de { $period } disposant de données.
biggest_moves = Les plus fortes variations et leurs explications
move = Variation
explained_by = Expliqué par
in_the_notes = les notes de la période
no_explanation = Aucune explication consignée
source_terms = Termes
source-terms = P1 à P4 sont les priorités des tickets, P1 la plus urgente. CSI (amélioration continue des services) est le registre des actions convenues avec vous. Une variation en points est la différence de deux pourcentages. La date d’arrêté est le moment de l’export des tickets : un ticket encore ouvert à ce moment, dans son objectif, est en attente. Le budget d’indisponibilité est l’indisponibilité non planifiée qu’un objectif de disponibilité autorise.
source-priorities = Les priorités de votre PSA : { $priorities }.
appendix = Annexe
