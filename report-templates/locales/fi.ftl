# svcreview: raporttien tekstit suomeksi.
#
# Fluent-syntaksi (https://projectfluent.org/fluent/guide/). Jos haluat muuttaa sanamuotoa,
# kopioi viesti tiedostoon <mallipohjahakemisto>/locales/<kieli>.ftl; viestit, joita et
# kopioi, säilyttävät toimitetun tekstinsä. Uuden kielen lisäämiseksi kopioi koko
# en.ftl-tiedosto nimellä locales/<tunnus>.ftl (esimerkiksi pl.ftl tai pt-PT.ftl) ja käännä
# jokainen arvo; `svcreview validate` luettelee vielä puuttuvat.
#
# Viestejä on kahdenlaisia:
# - Nimikkeet (tunnukset snake_case-muodossa, ei $muuttujia): otsikot, sarakeotsikot,
#   yksittäiset sanat. Mallipohjat näyttävät ne sellaisinaan.
# - Lauseet (tunnukset kebab-case-muodossa, $muuttujia sisältävät): svcreview täyttää
#   muuttujat. Muuttujat $count, $total, $met, ... ovat lukuja (käytä niitä
#   monikkovalitsimissa: suomessa [one] ja *[other]); kaikki muut muuttujat ovat valmiiksi
#   kielen mukaan muotoiltua tekstiä (luku yksikköineen, päivämäärä, nimi, luettelo, joka on
#   jo yhdistetty kielen "ja"-sanalla).
#   Säilytä jokainen viestin muuttuja; sen paikkaa lauseessa saa siirtää.
#   Suomessa muuttujiin ei voi lisätä sijapäätteitä, joten lauseet on muotoiltu niin,
#   ettei luku, päivämäärä tai nimi tarvitse päätettä (esim. "Tavoite { $value }").


## Nimikkeet

monthly_title = Kuukausittainen palvelukatsaus
prepared_for = Asiakas
prepared_by = Palveluntoimittaja
period = Ajanjakso
contract = Sopimus
sdm = Palvelupäällikkö
contents = Sisältö
issued = Päiväys
at_a_glance = Pääkohdat
measured_by = Mittarit
no_credits_short = ei hyvityksiä
csat_short = Asiakastyytyväisyys
nps_short = Suositteluindeksi
budget_allows = Sallittu katkoaika
level_at_period_end = Taso jakson lopussa
month = Kuukausi
total = Yhteensä
other_kpis = Muut KPI:t
charts_note = Kuukausittain 12 kuukauden ajalta, suhteessa kuukausitavoitteeseen.
at_period_end = avoinna jakson lopussa
credits_quarter = Hyvitykset tällä neljänneksellä
kind = Tyyppi
proposal = Ehdotus
agenda = Asialista
thank_you = Kiitos
next_review = Seuraava katsaus
dashboard = Tilannekuva
sla_by_month = SLA:t kuukausittain
kpi_slides = Keskeiset suorituskykymittarit (KPI)
months = Kuukaudet
your_sdm = Palvelupäällikkönne
next_review_qbr = Seuraava neljännesvuosikatsaus
next_review_annual = Seuraava vuosikatsaus
at_period_end_kpi = jakson lopussa
charts_note_qbr = Kuukausittain 12 kuukauden ajalta, suhteessa kuukausitavoitteeseen; tämän neljänneksen kuukaudet on sävytetty.
executive_summary = Johdon yhteenveto
csf_at_a_glance = Kriittiset menestystekijät lyhyesti
slas = Palvelutasot (SLA)
sla = SLA
measure = Mittari
goal = Tavoitetaso
attainment = Toteuma
margin = Marginaali
trend = Kehitys
result = Tulos
tickets = Tiketit
met = Täyttyi
missed = Ei täyttynyt
breached = Ylittynyt
pending = Kesken
uptime = Käytettävyys
downtime = Käyttökatkot
maintenance = Huoltokatkot
service_credits = Palveluhyvitykset
credit = Hyvitys
no_credits = Tältä jaksolta ei kerry palveluhyvityksiä.
kpis_by_csf = KPI:t kriittisten menestystekijöiden mukaan
kpi = KPI
csf = Kriittinen menestystekijä
kpis_on_target = KPI:t tavoitteessa
red_lower = ei tavoitteessa
amber_lower = lähellä tavoitetta
value = Arvo
target = Tavoite
previous_month = Edellinen kuukausi
change = Muutos
year_ago = Vuosi sitten
status = Tila
trends = KPI:t kuukausittain
sla_history = SLA:t kuukausittain
surveys = Asiakaspalaute
csat = Asiakastyytyväisyys (CSAT)
nps = Suositteluindeksi (NPS)
ces = Asioinnin vaivattomuus (CES)
csi = Jatkuva palvelun parantaminen
csi_new = Uudet tällä jaksolla
csi_done = Valmistuneet tällä jaksolla
csi_overdue = Myöhässä
csi_open = Käynnissä
action = Toimenpide
owner = Vastuuhenkilö
due = Määräpäivä
notes = Palvelupäällikön huomiot
what_happened = Mitä tapahtui, kuukausi kuukaudelta
renewal_decision_by = Päätös jatkosta viimeistään
reconciliation = Syötetyt luvut, jotka tikettiviennit mittaavat toisin
miss = Alittunut tai tavoitteesta jäänyt
misses_answered = Poikkeamat ja niihin vastaavat toimet
no_action_recorded = Ei kirjattua toimea
no_renewal_recommendation = Jatkosuositusta ei ole vielä kirjattu.
no_recommendations = Tälle neljännekselle ei kirjattu suosituksia.
no_data = ei tietoja
no_actions = Ei toimenpiteitä.
green = Tavoitteessa
amber = Lähellä tavoitetta
red = Ei tavoitteessa
no-data = Ei tietoja
improving = paranee
worsening = heikkenee
steady = ennallaan
open = Avoin
in-progress = Käynnissä
done = Valmis
cancelled = Peruttu
target_line = Tavoite
goal_line = Tavoitetaso
confidential = Luottamuksellinen
qbr_title = Neljännesvuosikatsaus
annual_title = Vuosikatsaus ja sopimuksen uusiminen
previous_quarter = Edellinen neljännes
quarter = Neljännes
year = Vuosi
previous_year = Edellinen vuosi
recommendations = Suositukset
next_focus = Painopisteet seuraavalla neljänneksellä
restated = Edellisen katsauksen jälkeen korjatut luvut
restated_note = Nämä luvut poikkeavat edellisessä katsauksessa esitetyistä, koska tietoja tai määritelmiä on sittemmin korjattu.
presented = Aiemmin esitetty
now = Nyt
contract_renewal = Sopimus ja sen uusiminen
contract_end = Sopimus päättyy
notice_period = Irtisanomisaika
notice_deadline = Irtisanomisen määräpäivä
annual_value = Vuosiarvo
credits_year = Hyvitykset tänä vuonna
renewal_recommendation = Suositus sopimuksen uusimisesta
proposals = Ehdotukset sopimuksen uusimiseen
sla_grid = SLA-tulokset kuukausittain
kpi_yoy = KPI:t edelliseen vuoteen verrattuna
sla_kind = SLA-muutos
kpi_kind = KPI
csf_kind = Menestystekijän muutos
other_kind = Muu
ticket_volume = Tikettimäärä ja työjono
opened = Avatut
closed = Ratkaistut
backlog = Työjono
fcr_short = Ratkaistu ensikontaktissa
escalation_short = Eskaloitu
opened_per_month = Avatut tiketit kuukausittain
backlog_per_month = Työjono kuukauden lopussa
ticket_times = Vaste- ja ratkaisuajat
basis = Laskentaperuste
mean = Keskiarvo
median = Mediaani
p90 = 90. persentiili
first_response = Ensivasteaika
resolution_time = Ratkaisuaika
business = työaika
around_the_clock = ympäri vuorokauden
elapsed = kalenteriaika
breaches = SLA-ylitykset ja rajahetkellä kesken olevat tiketit
ticket = Tiketti
opened_at = Avattu
actual = Toteutunut
over = Ylitys

# Joidenkin nimikkeiden lauseen keskellä käytettävät muodot, kuten ne luetaan
# puolipisteen jälkeen diarivillä (pienellä alkukirjaimella).
previous_quarter_inline = edellinen neljännes
previous_year_inline = edellinen vuosi
budget_allows_inline = sallittu katkoaika
credit_inline = hyvitys

## Lauseet

# Sivun alatunniste: "Sivu 3/12".
page-of = Sivu { $page }/{ $pages }

# Ajanjakso. $quarter on 1–4, $year esim. 2026; $from ja $to ovat kuukausia ("huhtikuu 2026").
period-quarter = Q{ $quarter }/{ $year }
period-range = { $from } – { $to }

# Nimi tai kuukausi lukuineen: "ERP-käytettävyys (99,1 %)".
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] tavoitteesta puuttui yksi tiketti
   *[other] tavoitteesta puuttui { $count } tikettiä
}
with-figure-short = { $name } ({ $figure }, { $short })

# Muutos prosenttiyksikköinä: "+2,1 %-yks.". $value on etumerkillinen luku.
change-points = { $amount ->
   *[other] { $value } %-yks.
}

# Lukumäärät lyhyinä ilmauksina.
responses-count = { $count ->
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
days-overdue = { $count ->
    [one] myöhässä { $count } päivä
   *[other] myöhässä { $count } päivää
}
devices-covered = { $count ->
    [one] { $count } laite palvelun piirissä
   *[other] { $count } laitetta palvelun piirissä
}
rows-skipped = { $count ->
    [one] Tikettien vientitiedostoista ohitettiin { $count } lukukelvoton rivi; se näkyy JSON-tiedostossa.
   *[other] Tikettien vientitiedostoista ohitettiin { $count } lukukelvotonta riviä; ne näkyvät JSON-tiedostossa.
}
more-breaches = { $count ->
    [one] Lisäksi on { $count } SLA-ylitys, jota ei ole lueteltu tässä; palvelupäällikkönne toimittaa pyydettäessä koko luettelon.
   *[other] Lisäksi on { $count } SLA-ylitystä, joita ei ole lueteltu tässä; palvelupäällikkönne toimittaa pyydettäessä koko luettelon.
}
# SLA:n tiketit: "42 ajallaan · 3 myöhässä · 1 kesken".
sla-counts = { $met } ajallaan · { $breached } myöhässä
sla-counts-pending = { $met } ajallaan · { $breached } myöhässä · { $pending } kesken
# Käytettävyys-SLA:n minuutit; $downtime ja $maintenance ovat kestoja ("42 min").
availability-minutes = käyttökatkot { $downtime } · huoltokatkot { $maintenance }
# Käytetty osuus sallitusta katkoajasta: "40 % käytetty".
budget-used = { $share } käytetty
# KPI:n kuukausitavoite kaavion vieressä: "Tavoite 20 kuukaudessa".
target-per-month = Tavoite { $target } kuukaudessa
# Kaavioiden tavoiteviivat: "Tavoite 75 %", "Tavoitetaso 99,9 %".
chart-target = Tavoite { $value }
chart-goal = Tavoitetaso { $value }
# Milloin parannustoimenpide avattiin ja suljettiin; $date on päivämäärä.
action-opened = avattu { $date }
action-closed = suljettu { $date }

# Mitä SLA mittaa. $priority on asiakkaan prioriteetin nimi (P1), $within kesto
# (4 h), $calendar asiakkaan palveluaikakalenterin nimi (24x7, työaika).
measure-response = { $priority }: vasteaika enintään { $within }, { $calendar }
measure-resolution = { $priority }: ratkaisuaika enintään { $within }, { $calendar }
measure-uptime = Käytettävyys: { $service }

# Palveluhyvitykset. $share on prosenttiosuus, $amount rahasumma, $month kuukausi.
credit-share = { $share } kuukausimaksusta
credit-share-amount = { $amount } ({ $share } kuukausimaksusta)
months-credited = { $count ->
    [one] { $count } kuukausi hyvitetty
   *[other] { $count } kuukautta hyvitetty
}
credit-total = { $share } ({ $amount })

# Kuinka monena kuukautena SLA saavutti tavoitetasonsa.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = ei tavoitteessa { $off } kuukautena { $total }:stä
months-met-none = Ei mitattavia kuukausia
months-met-last-12 = Täyttyi { $met } kuukautena viimeisestä 12 kuukaudesta
months-met-with-data = { $total ->
    [one] Täyttyi { $met } kuukautena { $total } mitatusta kuukaudesta (viimeiset 12)
   *[other] Täyttyi { $met } kuukautena { $total } mitatusta kuukaudesta (viimeiset 12)
}
months-met = { $total ->
    [one] Täyttyi { $met } kuukautena { $total } kuukaudesta
   *[other] Täyttyi { $met } kuukautena { $total } kuukaudesta
}

# Vertailu jätetty pois: "Ei vertailtu: ajanjaksolta 2024 on tietoja vain 2 kuukaudelta 12 kuukaudesta."
not-compared = Ei vertailtu: ajanjaksolta { $period } on tietoja vain { $have } kuukaudelta { $need } kuukaudesta.

# Sopimuksen irtisanomisen määräpäivä jakson lopusta laskien.
notice-passed = { $count ->
    [one] umpeutui { $count } päivä ennen jakson loppua
   *[other] umpeutui { $count } päivää ennen jakson loppua
}
notice-today = jakson viimeinen päivä
notice-days-left = { $count ->
    [one] { $count } päivä jakson päättymisen jälkeen
   *[other] { $count } päivää jakson päättymisen jälkeen
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Ellei sopimusta irtisanota siihen mennessä, se jatkuu { $months ->
    [one] kuukaudella
   *[other] { $months } kuukaudella
}, { $until } asti.
by-default-renewed = Ellei sopimusta irtisanottu siihen mennessä, se jatkuu { $months ->
    [one] kuukaudella
   *[other] { $months } kuukaudella
}, { $until } asti.
by-default-ends = Ellei jatkosta sovita, sopimus päättyy { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Sopimuksen { $id } irtisanomisen määräpäivä: { $deadline }, { $when }. { $default }
notice-summary-passed = Sopimuksen { $id } irtisanomisen määräpäivä oli { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } on jaksotiedostoissa { $typed }; tikettiviennit mittaavat { $measured } { $tickets ->
    [one] yhdestä tiketistä
   *[other] { $tickets } tiketistä
} samalla jaksolla. KPI näyttää syötetyn luvun; toinen on mitattu vientien saman jakson tiketeistä.
reconcile-differs-plain = { $name } on jaksotiedostoissa { $typed }; tikettiviennit mittaavat { $measured } samalla jaksolla. KPI näyttää syötetyn luvun; toinen on mitattu vientien saman jakson tiketeistä.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] yksi laite
   *[other] { $count } laitetta
} yli katettujen { $covered }
beyond-users = { $count ->
    [one] yksi käyttäjä
   *[other] { $count } käyttäjää
} yli katettujen { $covered }
estate-beyond = Jaksolla { $month } ympäristössä oli { $items }; sopimus ei hinnoittele niitä.
estate-beyond-priced = Jaksolla { $month } ympäristössä oli { $items }: { $amount } kuukaudessa sopimushinnoin.

## Johdon yhteenveto: jokainen viesti on yksi lause.

# Kriittiset menestystekijät. $others on luettelo soveltuvista csfs-count-*-ilmauksista
# yhdistettynä "ja"-sanalla: "1 lähellä tavoitetta ja 2 ei tavoitteessa".
csfs-none = Kriittisiä menestystekijöitä ei ole määritelty.
csfs-all-on-target = { $total ->
    [one] Kriittinen menestystekijä on tavoitteessa.
   *[other] Kaikki { $total } kriittistä menestystekijää ovat tavoitteessa.
}
csfs-none-on-target = { $total ->
    [one] Kriittinen menestystekijä ei ole tavoitteessa: { $others }.
   *[other] Yksikään { $total } kriittisestä menestystekijästä ei ole tavoitteessa: { $others }.
}
csfs-some-on-target = Kriittisiä menestystekijöitä on { $total }, joista { $green ->
    [one] { $green } on tavoitteessa
   *[other] { $green } on tavoitteessa
}; { $others }.
csfs-count-amber = { $count } lähellä tavoitetta
csfs-count-red = { $count } ei tavoitteessa
csfs-count-no-data = { $count } ilman tietoja

# SLA:t. $longer on "yes" neljänneksen tai vuoden katsauksessa, muuten "no". $missed on
# luettelo tavoitetasosta jääneistä SLA:ista lukuineen: "P1-vasteaika (80,0 %) ja ERP-käytettävyys (99,1 %)".
slas-none = SLA:ita ei mitata.
slas-nothing-measured = Millekään SLA:lle ei ollut tällä jaksolla mitattavaa.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] SLA täyttyi jakson tasolla.
       *[no] SLA täyttyi.
    }
   *[other] { $longer ->
        [yes] Kaikki { $met } SLA:ta täyttyivät jakson tasolla.
       *[no] Kaikki { $met } SLA:ta täyttyivät.
    }
}
slas-all-met-some-empty = { $met ->
    [one] SLA, josta oli tietoja, täyttyi; ei mitattavaa: { $no_data }.
   *[other] Kaikki { $met } SLA:ta, joista oli tietoja, täyttyivät; ei mitattavaa: { $no_data }.
}
slas-some-missed = { $met ->
    [one] Mitatuista SLA:ista täyttyi { $met }/{ $measured }; alle tavoitetason: { $missed }.
   *[other] Mitatuista SLA:ista täyttyi { $met }/{ $measured }; alle tavoitetason: { $missed }.
}

# SLA, joka täyttyi neljänneksen tai vuoden tasolla mutta ei yksittäisinä kuukausina.
# $months on luettelo kuukausista lukuineen: "toukokuu 2026 (94,1 %) ja kesäkuu 2026 (93,0 %)".
missed-months = { $count ->
    [one] { $name } täyttyi jakson tasolla, mutta jäi tavoitetasosta { $count } kuukautena: { $months }.
   *[other] { $name } täyttyi jakson tasolla, mutta jäi tavoitetasosta { $count } kuukautena: { $months }.
}

# Kertyneet palveluhyvitykset. $items on luettelo credit-item-ilmauksista.
credits-due = Tältä jaksolta kertyy palveluhyvityksiä { $amount }.
credits-due-items = Tältä jaksolta kertyy palveluhyvityksiä { $amount }: { $items }.
credit-item = { $name } (toteuma { $attainment })
credit-item-month = { $name }, { $month } (toteuma { $attainment })

# Huomiota vaativat KPI:t; $kpis on luettelo against-target-ilmauksista.
attention-red = Ei tavoitteessa: { $kpis }.
attention-amber = Lähellä tavoitetta: { $kpis }.
against-target = { $name } ({ $value }, tavoite { $target })

# Suurimmat KPI-muutokset. $direction on improving, worsening tai steady.
kpi-change = { $direction ->
    [improving] { $name }: parannus arvosta { $from } arvoon { $to } ({ $change }).
    [worsening] { $name }: heikennys arvosta { $from } arvoon { $to } ({ $change }).
   *[steady] { $name }: lähes ennallaan, nyt { $to }, aiemmin { $from } ({ $change }).
}

# Jakson parannustoimenpiteet.
actions-summary = { $overdue ->
    [0] Parannustoimenpiteet: uusia { $new }, valmistuneita { $done }.
   *[other] Parannustoimenpiteet: uusia { $new }, valmistuneita { $done }, myöhässä { $overdue }.
}

## Katsauksen mukana lähtevä sähköposti

# $document on monthly, qbr tai annual; $client asiakkaan nimi; $period ajanjakso.
email-subject = { $client } · { $document ->
    [qbr] Neljännesvuosikatsaus
    [annual] Vuosikatsaus ja sopimuksen uusiminen
   *[monthly] Kuukausittainen palvelukatsaus
} · { $period }
email-greeting = Hyvä { $name },
email-attached = { $document ->
    [qbr] Liitteenä on neljännesvuosikatsaus ajalta { $period }.
    [annual] Liitteenä on vuosikatsaus ajalta { $period }.
   *[monthly] Liitteenä on kuukausittainen palvelukatsaus ajalta { $period }.
}
email-slas = Palvelutasot (SLA):
email-sla = { $name }: { $attainment } (tavoitetaso { $goal })
email-sla-missed = { $name }: { $attainment } (tavoitetaso { $goal }, ei täyttynyt)
email-actions = Käsiteltävät parannustoimenpiteet:
email-action-overdue = { $id } { $title }: myöhässä, määräpäivä oli { $due }
email-action-new = { $id } { $title }: uusi
email-action-new-due = { $id } { $title }: uusi, määräpäivä { $due }
email-regards = Ystävällisin terveisin

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Asiakaskannan katsaus
clients_reviewed = Katselmoidut asiakkaat
health_across_book = Asiakaskannan tila
clients_at_risk = Asiakkaat riskin mukaan
renewals_ahead = Uusittavat sopimukset seuraavan 12 kuukauden aikana
recurring_revenue = Toistuva liikevaihto
satisfaction_volume = Tyytyväisyys ja tikettimäärät
failed_clients = Katselmoimatta jääneet asiakkaat: virheelliset tiedot
client = Asiakas
risk_score = Riski
risk_reasons = Syyt
credits_period = Hyvitykset kaudella
currency = Valuutta
mrr = Kuukausittain toistuva liikevaihto
new_business = Uudet
expansion = Kasvu
contraction = Supistuminen
churned = Poistuneet
per_client = Asiakasta kohden
gross_retention = Bruttopysyvyys
net_retention = Nettopysyvyys
fee_before = Maksu ennen
fee_now = Maksu nyt
tickets_month = Avatut tiketit
all_clients = Kaikki asiakkaat
kpis_red_short = Punaiset KPI:t
slas_missed_short = Alitetut SLA:t
risk-slas-missed = { $count ->
    [one] SLA alitettu: { $names }
   *[other] { $count } SLA:ta alitettu: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI punaisella: { $names }
   *[other] { $count } KPI:tä punaisella: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI keltaisella: { $names }
   *[other] { $count } KPI:tä keltaisella: { $names }
}
risk-credit = palveluhyvitys { $amount }
risk-worsening = heikompi kuin edellisellä kaudella: { $names }
risk-overdue = { $count ->
    [one] yksi myöhässä oleva parannustoimenpide
   *[other] { $count } myöhässä olevaa parannustoimenpidettä
}
risk-none = ei huomautettavaa
slas-met-count = { $met }/{ $total } täytetty
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Kuukausittain toistuva liikevaihto
estate_not_covered = Sopimuksen ulkopuoliset laitteet ja käyttäjät
devices_counted = Laitteita laskettu
users_counted = Käyttäjiä laskettu
covered = Sopimuksessa
not_covered = Ei sopimuksessa
no_reviews = Yhtään asiakasta ei voitu arvioida tältä kaudelta.
no_renewals = Yksikään sopimus ei pääty seuraavien 12 kuukauden aikana.
fee_changes = Muuttuneet maksut
legend_csf = CSF-tila
legend_sla = SLA-tulos
converted-total = Yhteensä ({ $currency })
renewals-urgent = { $count ->
    [one] yksi, jonka irtisanomisaika päättyy 90 päivän kuluessa
   *[other] { $count }, joiden irtisanomisaika päättyy 90 päivän kuluessa
}
rate-item = 1 { $from } = { $rate }
rates-used = Muunnettu kursseilla { $rates }.
rates-used-dated = Muunnettu kursseilla { $rates } (kurssit { $date }).
more-clients = { $count ->
    [one] Yksi asiakas lisää ei näy tässä; kaikki asiakkaat ovat salkun JSON-tiedostossa (--json).
   *[other] { $count } asiakasta lisää ei näy tässä; kaikki asiakkaat ovat salkun JSON-tiedostossa (--json).
}

## Päätökset ja talous, mitä tapahtui, riskit, suunnitelma, sopimuksen uusiminen, tietoa luvuista
decisions_money = Päätökset ja talous
no_decisions = Mikään ei odota päätöstä.
decision = Päätös
amount = Summa
renewal_proposal = Ehdotus sopimuksen uusimisesta
credits_owed = Kertyneet palveluhyvitykset
estate_beyond = Sopimuksen ulkopuolinen ympäristö
asks = Mitä pyydämme teiltä
events_title = Merkittävät häiriöt ja muutokset
event_incident = Häiriö
event_change = Muutos
event_security = Tietoturva
severity_minor = Vähäinen
severity_major = Merkittävä
severity_critical = Kriittinen
event = Tapahtuma
cause = Syy
answered_by = Toimenpiteet
business_impact = Vaikutus liiketoimintaan
service = Palvelu
cost_per_hour = Tuntikustannus
cost = Kustannus
risks_title = Riskit
no_risks = Riskirekisteriin ei ole kirjattu riskejä.
risk = Riski
likelihood = Todennäköisyys
impact = Vaikutus
score = Pisteet
mitigation = Hallintatoimet
risk_grid = Avoimet riskit todennäköisyyden ja vaikutuksen mukaan
risk_changes = Edellisen katsauksen jälkeen
risks_closed = Suljetut tällä jaksolla
risk_open = Avoin
risk_mitigating = Lievennettävänä
risk_accepted = Hyväksytty
risk_closed = Suljettu
risk_security = Tietoturva
risk_continuity = Jatkuvuus
risk_compliance = Vaatimustenmukaisuus
risk_capacity = Kapasiteetti
risk_lifecycle = Elinkaari
risk_supplier = Toimittaja
risk_other = Muu
plan_title = Suunnitelma ja budjetti
roadmap = Tiekartta
initiative = Hanke
budget_forecast = Budjettiennuste
one_off = Kertaluonteinen
recurring = Toistuva
device_refresh = Laitteiden uusiminen
devices_due = Laitteet
initiatives_done = Valmistuneet tällä jaksolla
initiative_proposed = Ehdotettu
initiative_approved = Hyväksytty
initiative_in_progress = Käynnissä
initiative_done = Valmis
initiative_deferred = Lykätty
initiative_declined = Hylätty
initiative_security = Tietoturva
initiative_infrastructure = Infrastruktuuri
initiative_lifecycle = Elinkaari
initiative_cloud = Pilvi
initiative_compliance = Vaatimustenmukaisuus
initiative_continuity = Jatkuvuus
initiative_productivity = Tuottavuus
initiative_other = Muu
budget_chart_note = Ennuste neljänneksittäin: tiekartan kertaluonteiset ja toistuvat kustannukset sekä uusittaviksi erääntyvät laitteet.
term = Sopimuskausi
annual_fee_now = Nykyinen vuosimaksu
proposed_annual_fee = Ehdotettu vuosimaksu
true_up_year = Sopimuksen ulkopuolinen ympäristö, vuodessa
scope_changes = Muutokset palvelun laajuuteen
about_figures = Tietoa luvuista
what_happened_title = Mitä tapahtui
source_period_files = Jaksotiedostot
source_tickets = Tikettiviennit
source_calendar = Kalenteri
source_devices = Laiteluettelo
source_rules = Miten luvut lasketaan
a-month = { $amount } kuukaudessa
a-year = { $amount } vuodessa
users-affected = { $count ->
    [one] vaikutti yhteen käyttäjään
   *[other] vaikutti { $count } käyttäjään
}
users-covered = { $count ->
    [one] { $count } käyttäjä palvelun piirissä
   *[other] { $count } käyttäjää palvelun piirissä
}
impact-none = Ei suunnittelemattomia käyttökatkoja jaksolla.
impact-hours = Suunnittelemattomia käyttökatkoja jaksolla yhteensä { $downtime }.
impact-costed = Suunnittelemattomia käyttökatkoja jaksolla yhteensä { $downtime }; antamienne tuntikustannusten mukaan ne maksoivat liiketoiminnallenne noin { $cost }.
review-overdue = katselmointi myöhässä, määräpäivä oli { $date }
risk-new = Uusi: { $id } { $title } (pisteet { $score }).
risk-closed-now = Suljettu: { $id } { $title }.
risk-up = Kasvanut: { $id } { $title }, pisteet { $from } → { $score }.
risk-down = Pienentynyt: { $id } { $title }, pisteet { $from } → { $score }.
devices-due = { $count ->
    [one] Luettelon { $total } laitteesta yksi on uusittava seuraavien { $quarters } neljänneksen aikana
   *[other] Luettelon { $total } laitteesta { $count } on uusittava seuraavien { $quarters } neljänneksen aikana
}{ $overdue ->
    [0] .
    [one] , ja yhden niistä uusimispäivä on jo ohitettu.
   *[other] , ja niistä { $overdue } on jo ohittanut uusimispäivänsä.
}
decision-notice = Sopimuksen { $id } uusiminen tai irtisanominen
credits-for = Kertynyt seuraavista: { $items }.
renewal-term = { $months ->
    [one] { $months } kuukausi
   *[other] { $months } kuukautta
} alkaen { $start }
renewal-economics = Ehdotamme sopimuskaudeksi { $term } hintaan { $monthly } kuukaudessa ({ $annual } vuodessa); nykyinen hinta on { $now } vuodessa, muutos { $change }.
renewal-true-up = Nykyinen sopimuksen ulkopuolinen ympäristö maksaisi sopimushinnoin { $amount } vuodessa.
renewal-credits = Vuoden aikana maksetut palveluhyvitykset: { $amount }.
source-periods = Jaksotiedosto on { $count } kuukaudelta { $total } kuukaudesta: { $files }. Niihin syötetyt KPI:t ja kyselyt luetaan sellaisinaan; käytettävyys lasketaan annetuista minuuteista.
source-tickets = { $files }: { $rows ->
    [one] luettu { $rows } rivi
   *[other] luettu { $rows } riviä
}, ohitettu { $skipped }. Tiketti lasketaan sille kuukaudelle, jona se avattiin, aikavyöhykkeen { $timezone } mukaan; ratkaisu- ja vasteajat mitataan SLA:n kalenterin mukaan.
source-calendar = { $hours }, aikavyöhyke { $timezone }, pyhäpäiviä { $holidays }.
source-devices = { $file }: laitteita { $count }; kunkin laitteen uusimisajankohta määräytyy sen tyypin uusimiskäytännön mukaan.
source-rules = SLA:n toteuma on ajallaan olleiden tikettien määrä jaettuna ajallaan ja myöhässä olleiden tikettien yhteismäärällä; vielä avoimet tiketit, jotka ovat tavoiteajassa, luetellaan mutta niitä ei lasketa. Käytettävyys on suunniteltu aika vähennettynä huolto- ja käyttökatkoilla jaettuna suunnitellulla ajalla vähennettynä huoltokatkoilla, minuutteina. Neljännes tai vuosi lasketaan kuukausistaan: tiketit ja minuutit lasketaan yhteen, tasot otetaan jakson lopusta ja keskiarvot painotetaan sillä, mistä ne on laskettu.
unplanned_downtime = Suunnittelematon katko
figures-as-of = Luvut { $date } tilanteen mukaan
first_to_last_quarter = Ensimmäinen → viimeinen neljännes
same_months_before = Samat kuukaudet vuotta aiemmin
same-months-note = Verrattu samoihin { $count } kuukauteen vuotta aiemmin ({ $from }–{ $to }): jakson { $period } kuukaudet, joilta on tietoja.
biggest_moves = Suurimmat muutokset ja niiden syyt
move = Muutos
explained_by = Selitys
in_the_notes = jakson muistiinpanot
no_explanation = Selitystä ei ole kirjattu
source_terms = Käsitteet
source-terms = P1–P4 ovat tikettien prioriteetit, P1 kiireellisin. CSI (jatkuva palvelun parantaminen) on kanssanne sovittujen toimenpiteiden rekisteri. Muutos %-yksikköinä on kahden prosenttiluvun erotus. Katkaisuhetki on tikettien viennin hetki: silloin vielä avoin, tavoiteajassa oleva tiketti on kesken. Katkobudjetti on suunnittelematon katkoaika, jonka saatavuustavoite sallii.
source-priorities = PSA-järjestelmänne prioriteetit: { $priorities }.
appendix = Liite
