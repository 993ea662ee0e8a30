# svcreview: raporlarda kullanılan metinler, Türkçe.
#
# Fluent sözdizimi (https://projectfluent.org/fluent/guide/). Bir ifadeyi değiştirmek için
# ilgili iletiyi <şablon dizini>/locales/<dil>.ftl dosyasına kopyalayın; dosyaya almadığınız
# iletiler yerleşik metinleriyle kalır. Yeni bir dil eklemek için en.ftl dosyasının tamamını
# locales/<etiket>.ftl olarak kopyalayın (örneğin pl.ftl veya pt-PT.ftl) ve her değeri
# çevirin; `svcreview validate` eksik kalanları listeler.
#
# İki tür ileti vardır:
# - Etiketler (snake_case kimlikler, $değişken içermez): başlıklar, sütun başlıkları, tek
#   başına duran sözcükler. Şablonlar bunları olduğu gibi gösterir.
# - Cümleler (kebab-case kimlikler, $değişken içerir): değişkenleri svcreview doldurur.
#   $count, $total, $met, ... adlı değişkenler sayıdır (çoğul seçicilerinde kullanın:
#   dilinizin gerektirdiği [one], [few], [many], *[other]); diğer tüm değişkenler dile
#   göre önceden biçimlendirilmiş metindir (birimiyle birlikte bir değer, bir tarih, bir
#   ad ya da dilin "ve" bağlacıyla birleştirilmiş bir liste).
#   Her iletinin tüm değişkenlerini koruyun; dilin gerektirdiği yere taşıyabilirsiniz.
#
# Türkçe notlar: Ekler önceki sözcüğün son sesine bağlı olduğundan değişkenlere hiçbir ek
# eklenmez ("{ $period } dönemi", "{ $amount } tutarında" gibi yapılar kullanılır).
# Sayıdan sonra isim tekil kalır ("3 ay"); bu yüzden her iki biçimi aynı olan
# seçiciler kaldırılmıştır.


## Etiketler

monthly_title = Aylık hizmet değerlendirmesi
prepared_for = Müşteri
prepared_by = Hazırlayan
period = Dönem
contract = Sözleşme
sdm = Hizmet teslim yöneticisi
contents = İçindekiler
issued = Yayın tarihi
at_a_glance = Genel bakış
measured_by = Ölçütler
no_credits_short = yok
csat_short = Müşteri memnuniyeti
nps_short = Net tavsiye skoru
budget_allows = Kesinti bütçesi
level_at_period_end = Dönem sonundaki seviye
month = Ay
total = Toplam
other_kpis = Diğer KPI'lar
charts_note = Son on iki ayın aylık değerleri, aylık hedefle karşılaştırmalı.
at_period_end = dönem sonunda açık
credits_quarter = Bu çeyrekteki hizmet kredileri
kind = Tür
proposal = Teklif
agenda = Gündem
thank_you = Teşekkürler
next_review = Sonraki değerlendirme
dashboard = Gösterge paneli
sla_by_month = Aylık SLA sonuçları
kpi_slides = Temel performans göstergeleri
months = Aylar
your_sdm = Hizmet teslim yöneticiniz
next_review_qbr = Sonraki üç aylık değerlendirme
next_review_annual = Sonraki yıllık değerlendirme
at_period_end_kpi = dönem sonu itibarıyla
charts_note_qbr = Son on iki ayın aylık değerleri, aylık hedefle karşılaştırmalı; bu çeyreğin ayları gölgeli gösterilmiştir.
executive_summary = Yönetici özeti
csf_at_a_glance = Kritik başarı faktörlerine genel bakış
slas = Hizmet seviyesi anlaşmaları (SLA)
sla = SLA
measure = Ölçüm
goal = Hedef
attainment = Gerçekleşme
margin = Fark
trend = Eğilim
result = Sonuç
tickets = Çağrı
met = Karşılandı
missed = Karşılanamadı
breached = İhlal edildi
pending = Beklemede
uptime = Çalışma süresi
downtime = Kesinti süresi
maintenance = Bakım
service_credits = Hizmet kredileri
credit = Kredi
no_credits = Bu dönem için hizmet kredisi doğmamıştır.
kpis_by_csf = Kritik başarı faktörlerine göre KPI'lar
kpi = KPI
csf = Kritik başarı faktörü
kpis_on_target = Hedefteki KPI'lar
red_lower = hedefin gerisinde
amber_lower = hedefe yakın
value = Değer
target = Hedef
previous_month = Geçen ay
change = Değişim
year_ago = Bir yıl önce
status = Durum
trends = Aylık KPI seyri
sla_history = Aylık SLA seyri
surveys = Müşteri geri bildirimi
csat = Müşteri memnuniyeti (CSAT)
nps = Net tavsiye skoru (NPS)
ces = Müşteri efor skoru (CES)
csi = Sürekli hizmet iyileştirme
csi_new = Bu dönem açılan
csi_done = Bu dönem tamamlanan
csi_overdue = Gecikmiş
csi_open = Devam eden
action = Aksiyon
owner = Sorumlu
due = Son tarih
notes = Hizmet teslim yöneticinizin notları
what_happened = Ay ay neler oldu
renewal_decision_by = Yenileme kararı için son tarih
reconciliation = Bilet dışa aktarımlarının farklı ölçtüğü girilmiş rakamlar
miss = Kaçırılan veya hedef dışı
misses_answered = Kaçırılanlar ve onları yanıtlayan eylemler
no_action_recorded = Kayıtlı eylem yok
no_renewal_recommendation = Henüz bir yenileme önerisi kaydedilmedi.
no_recommendations = Bu çeyrek için öneri kaydedilmedi.
no_data = veri yok
no_actions = Aksiyon yok.
green = Hedefte
amber = Hedefe yakın
red = Hedefin gerisinde
no-data = Veri yok
improving = iyileşiyor
worsening = kötüleşiyor
steady = sabit
open = Açık
in-progress = Devam ediyor
done = Tamamlandı
cancelled = İptal edildi
target_line = Hedef
goal_line = Hedef
confidential = Gizli
qbr_title = Üç aylık iş değerlendirmesi
annual_title = Yıllık değerlendirme ve sözleşme yenileme
previous_quarter = Önceki çeyrek
quarter = Çeyrek
year = Yıl
previous_year = Geçen yıl
recommendations = Öneriler
next_focus = Gelecek çeyreğin odak alanları
restated = Son değerlendirmeden bu yana düzeltilen rakamlar
restated_note = Veriler veya tanımlar o tarihten bu yana düzeltildiği için bu rakamlar önceki değerlendirmede sunulanlardan farklıdır.
presented = Sunulan
now = Güncel
contract_renewal = Sözleşme ve yenileme
contract_end = Sözleşme bitişi
notice_period = İhbar süresi
notice_deadline = Son ihbar tarihi
annual_value = Yıllık sözleşme bedeli
credits_year = Bu yılki hizmet kredileri
renewal_recommendation = Yenileme önerisi
proposals = Yenileme için teklifler
sla_grid = Aylara göre SLA sonuçları
kpi_yoy = Yıllık KPI karşılaştırması
sla_kind = SLA değişikliği
kpi_kind = KPI
csf_kind = Başarı faktörü değişikliği
other_kind = Diğer
ticket_volume = Çağrı hacmi ve açık çağrılar
opened = Açılan
closed = Çözülen
backlog = Açık çağrılar
fcr_short = İlk temasta çözüm
escalation_short = Eskale edilen
opened_per_month = Aylık açılan çağrılar
backlog_per_month = Ay sonunda açık çağrılar
ticket_times = Yanıt ve çözüm süreleri
basis = Hesaplama esası
mean = Ortalama
median = Medyan
p90 = 90. yüzdelik
first_response = İlk yanıt
resolution_time = Çözüm
business = mesai saatleri
around_the_clock = 7/24
elapsed = takvim süresi
breaches = SLA ihlalleri ve kesim tarihinde sonuçlanmamış çağrılar
ticket = Çağrı
opened_at = Açılış
actual = Gerçekleşen
over = Aşım

# Bazı etiketlerin cümle içi biçimleri: sunumdaki bir satırda noktalı virgülden sonra
# kullanılır (küçük harfle).
previous_quarter_inline = önceki çeyrek
previous_year_inline = geçen yıl
budget_allows_inline = kesinti bütçesi
credit_inline = kredi

## Cümleler

# Sayfa altbilgisi: "Sayfa 3 / 12".
page-of = Sayfa { $page } / { $pages }

# Bir dönem. $quarter 1–4, $year örneğin 2026; $from ve $to birer aydır ("Nisan 2026").
period-quarter = { $year } { $quarter }. Çeyrek
period-range = { $from } – { $to }

# Yanında değeri olan bir ad veya ay: "ERP çalışma süresi (%99,1)".
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = hedefe { $count } bilet eksik
with-figure-short = { $name } ({ $figure }, { $short })

# Yüzde puan cinsinden değişim: "+2,1 puan". $value işaretli sayıdır.
change-points = { $amount ->
   *[other] { $value } puan
}

# Kısa ifadeler hâlinde sayılar (Türkçede sayıdan sonra isim tekil kalır).
responses-count = { $count } yanıt
days-overdue = { $count } gün gecikmeli
devices-covered = { $count } cihaz kapsamda
rows-skipped = Çağrı dışa aktarımlarındaki { $count } satır okunamadığı için atlandı; ayrıntılar JSON dosyasında yer almaktadır.
more-breaches = Burada listelenmeyen { $count } ihlal daha bulunmaktadır; tam listeyi hizmet teslim yöneticinizden temin edebilirsiniz.
# Bir SLA'nın çağrıları: "42 karşılanan · 3 ihlal edilen · 1 bekleyen".
sla-counts = { $met } karşılanan · { $breached } ihlal edilen
sla-counts-pending = { $met } karşılanan · { $breached } ihlal edilen · { $pending } devam eden
# Bir erişilebilirlik SLA'sının dakikaları; $downtime ve $maintenance birer süredir ("42 dk").
availability-minutes = { $downtime } kesinti · { $maintenance } bakım
# Kesinti bütçesinin kullanılan payı: "%40 kullanıldı".
budget-used = { $share } kullanıldı
# Bir KPI'nın grafiği yanındaki aylık hedefi: "Hedef: ayda 20".
target-per-month = Hedef: ayda { $target }
# Grafiklerdeki hedef çizgileri: "Hedef %75", "Hedef %99,9".
chart-target = Hedef { $value }
chart-goal = Hedef { $value }
# Bir iyileştirme aksiyonunun açılış ve kapanış tarihi; $date bir tarihtir.
action-opened = açılış: { $date }
action-closed = kapanış: { $date }

# Bir SLA'nın neyi ölçtüğü. $priority müşterinin öncelik adı (P1), $within bir süre
# (4 saat), $calendar müşterinin takviminin adı (24x7, mesai).
measure-response = { $priority } yanıtı { $within } içinde, { $calendar }
measure-resolution = { $priority } çözümü { $within } içinde, { $calendar }
measure-uptime = { $service } çalışma süresi

# Hizmet kredileri. $share bir yüzde, $amount bir tutar, $month bir aydır.
credit-share = aylık ücret üzerinden { $share }
credit-share-amount = { $amount } (aylık ücret üzerinden { $share })
months-credited = { $count } ay için kredi
credit-total = { $share } ({ $amount })

# Bir SLA'nın hedefini kaç ay karşıladığı.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = { $total } ayın { $off } ayında hedef dışı
months-met-none = Ölçülecek ay yok
months-met-last-12 = Son 12 ayda { $met } kez karşılandı
months-met-with-data = Verisi olan { $total } ayda { $met } kez karşılandı (son 12 ay)
months-met = { $total } ayda { $met } kez karşılandı

# Yapılmayan bir karşılaştırma: "Karşılaştırılmadı: 2024 dönemi için 12 ayın yalnızca 2 ayında veri var."
not-compared = Karşılaştırılmadı: { $period } dönemi için { $need } ayın yalnızca { $have } ayında veri var.

# Sözleşmenin son ihbar tarihi, dönem sonundan itibaren sayılır.
notice-passed = dönem sonundan { $count } gün önce geçti
notice-today = dönemin son günü
notice-days-left = dönem sonundan itibaren { $count } gün

## Yönetici özeti: her ileti bir cümledir.

# Kritik başarı faktörleri. $others, geçerli csfs-count-* ifadelerinin "ve" ile
# birleştirilmiş listesidir: "1 hedefe yakın ve 2 hedefin gerisinde".
csfs-none = Tanımlı kritik başarı faktörü bulunmamaktadır.
csfs-all-on-target = { $total ->
    [one] Kritik başarı faktörü hedefte.
   *[other] { $total } kritik başarı faktörünün tamamı hedefte.
}
# What happens when nobody acts by the notice deadline.
by-default-renews = O tarihe kadar fesih bildirimi yapılmazsa sözleşme { $months } ay, { $until } tarihine kadar uzar.
by-default-renewed = O tarihe kadar fesih bildirimi yapılmadıysa sözleşme { $months } ay, { $until } tarihine kadar uzar.
by-default-ends = Yenileme üzerinde anlaşılmazsa sözleşme { $end } tarihinde sona erer.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = { $id } sözleşmesi için fesih bildirimi son tarihi: { $deadline }, { $when }. { $default }
notice-summary-passed = { $id } sözleşmesi için fesih bildirimi son tarihi { $deadline } idi ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } dönem dosyalarında { $typed } olarak girilmiş; bilet dışa aktarımları aynı dönemin { $tickets } bileti üzerinden { $measured } ölçüyor. KPI girilen rakamı gösterir; diğeri dışa aktarımlardaki dönem biletlerinden ölçülür.
reconcile-differs-plain = { $name } dönem dosyalarında { $typed } olarak girilmiş; bilet dışa aktarımları aynı dönem için { $measured } ölçüyor. KPI girilen rakamı gösterir; diğeri dışa aktarımlardaki dönem biletlerinden ölçülür.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = kapsanan { $covered } cihazın üzerinde { $count } cihaz
beyond-users = kapsanan { $covered } kullanıcının üzerinde { $count } kullanıcı
estate-beyond = { $month } döneminde envanterde { $items } vardı; sözleşme bunlar için fiyat belirtmiyor.
estate-beyond-priced = { $month } döneminde envanterde { $items } vardı: sözleşme fiyatlarıyla ayda { $amount }.
csfs-none-on-target = { $total ->
    [one] Kritik başarı faktörü hedefte değil: { $others }.
   *[other] { $total } kritik başarı faktörünün hiçbiri hedefte değil: { $others }.
}
csfs-some-on-target = { $total } kritik başarı faktöründen { $green } tanesi hedefte; { $others }.
csfs-count-amber = { $count } hedefe yakın
csfs-count-red = { $count } hedefin gerisinde
csfs-count-no-data = { $count } verisiz

# SLA'lar. $longer çeyrek veya yıl için "yes", aksi hâlde "no". $missed, karşılanamayan
# SLA'ların değerleriyle listesidir: "P1 yanıtı (%80,0) ve ERP çalışma süresi (%99,1)".
slas-none = Ölçülen SLA bulunmamaktadır.
slas-nothing-measured = Bu dönemde hiçbir SLA için ölçülecek veri yoktu.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] SLA hedefi dönem genelinde karşılandı.
       *[no] SLA hedefi karşılandı.
    }
   *[other] { $longer ->
        [yes] { $met } SLA hedefinin tamamı dönem genelinde karşılandı.
       *[no] { $met } SLA hedefinin tamamı karşılandı.
    }
}
slas-all-met-some-empty = { $met ->
    [one] Verisi olan tek SLA hedefi karşılandı; diğer { $no_data } SLA için ölçülecek veri yoktu.
   *[other] Verisi olan { $met } SLA hedefinin tamamı karşılandı; diğer { $no_data } SLA için ölçülecek veri yoktu.
}
slas-some-missed = { $measured } SLA hedefinden { $met } tanesi karşılandı; karşılanamayan: { $missed }.

# Çeyrek veya yıl genelinde karşılanan ancak tek tek bazı aylarda karşılanamayan bir SLA.
# $months, değerleriyle birlikte ayların listesidir: "Mayıs 2026 (%94,1) ve Haziran 2026 (%93,0)".
missed-months = { $name } dönem genelinde hedefini tutturdu, ancak { $count } ayda tutturamadı: { $months }.

# Doğan hizmet kredileri. $items, credit-item ifadelerinin listesidir.
credits-due = Bu dönem için { $amount } tutarında hizmet kredisi doğmuştur.
credits-due-items = { $amount } tutarında hizmet kredisi doğmuştur: { $items }.
credit-item = { $name } ({ $attainment })
credit-item-month = { $name } ({ $month }, { $attainment })

# Dikkat gerektiren KPI'lar; $kpis, against-target ifadelerinin listesidir.
attention-red = Hedefin gerisinde: { $kpis }.
attention-amber = Hedefe yakın: { $kpis }.
against-target = { $name } ({ $value }; hedef { $target })

# KPI'lardaki en büyük değişimler. $direction improving, worsening veya steady olur.
kpi-change = { $direction ->
    [improving] { $name } iyileşti: { $from } değerinden { $to } değerine ({ $change }).
    [worsening] { $name } kötüleşti: { $from } değerinden { $to } değerine ({ $change }).
   *[steady] { $name } sabit kaldı: { $from } değerinden { $to } değerine ({ $change }).
}

# Bu dönemin iyileştirme aksiyonları.
actions-summary = { $overdue ->
    [0] İyileştirme aksiyonları: { $new } yeni, { $done } tamamlanan.
   *[other] İyileştirme aksiyonları: { $new } yeni, { $done } tamamlanan, { $overdue } gecikmiş.
}

## Değerlendirmeyle birlikte gönderilen e-posta

# $document monthly, qbr veya annual; $client müşterinin adı; $period dönem.
email-subject = { $client } · { $document ->
    [qbr] Üç aylık iş değerlendirmesi
    [annual] Yıllık değerlendirme ve sözleşme yenileme
   *[monthly] Aylık hizmet değerlendirmesi
} · { $period }
email-greeting = Sayın { $name },
email-attached = { $document ->
    [qbr] { $period } dönemine ait üç aylık iş değerlendirme raporunuzu ekte bilgilerinize sunarız.
    [annual] { $period } dönemine ait yıllık değerlendirme raporunuzu ekte bilgilerinize sunarız.
   *[monthly] { $period } dönemine ait aylık hizmet değerlendirme raporunuzu ekte bilgilerinize sunarız.
}
email-slas = Hizmet seviyesi anlaşmaları (SLA):
email-sla = { $name }: { $attainment } (hedef { $goal })
email-sla-missed = { $name }: { $attainment } (hedef { $goal }; karşılanamadı)
email-actions = Görüşülecek iyileştirme aksiyonları:
email-action-overdue = { $id } { $title }: { $due } tarihinden beri gecikmede
email-action-new = { $id } { $title }: yeni
email-action-new-due = { $id } { $title }: yeni, son tarih { $due }
email-regards = Saygılarımızla,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Portföy değerlendirmesi
clients_reviewed = Değerlendirilen müşteriler
health_across_book = Portföyün durumu
clients_at_risk = Riske göre müşteriler
renewals_ahead = Önümüzdeki 12 ayda yenilenecek sözleşmeler
recurring_revenue = Yinelenen gelir
satisfaction_volume = Memnuniyet ve talep hacmi
failed_clients = Değerlendirilemeyen müşteriler: hatalı veriler
client = Müşteri
risk_score = Risk
risk_reasons = Nedenler
credits_period = Dönemin hizmet kredileri
currency = Para birimi
mrr = Aylık yinelenen gelir
new_business = Yeni
expansion = Genişleme
contraction = Daralma
churned = Kaybedilen
per_client = Müşteri başına
gross_retention = Brüt elde tutma
net_retention = Net elde tutma
fee_before = Önceki ücret
fee_now = Güncel ücret
tickets_month = Açılan talepler
all_clients = Tüm müşteriler
kpis_red_short = Kırmızı KPI’lar
slas_missed_short = Karşılanmayan SLA’lar
risk-slas-missed = { $count ->
    [one] karşılanmayan SLA: { $names }
   *[other] karşılanmayan { $count } SLA: { $names }
}
risk-kpis-red = { $count ->
    [one] kırmızı KPI: { $names }
   *[other] { $count } kırmızı KPI: { $names }
}
risk-kpis-amber = { $count ->
    [one] sarı KPI: { $names }
   *[other] { $count } sarı KPI: { $names }
}
risk-credit = { $amount } hizmet kredisi
risk-worsening = önceki döneme göre kötüleşen: { $names }
risk-overdue = { $count ->
    [one] gecikmiş bir iyileştirme eylemi
   *[other] gecikmiş { $count } iyileştirme eylemi
}
risk-none = endişe verici bir durum yok
slas-met-count = { $total } SLA’dan { $met } tanesi karşılandı
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Aylık yinelenen gelir
estate_not_covered = Kapsam dışındaki cihazlar ve kullanıcılar
devices_counted = Sayılan cihazlar
users_counted = Sayılan kullanıcılar
covered = Kapsamda
not_covered = Kapsam dışı
no_reviews = Bu dönem için hiçbir müşteri incelenemedi.
no_renewals = Önümüzdeki 12 ayda sona eren sözleşme yok.
fee_changes = Değişen ücretler
legend_csf = CSF durumu
legend_sla = SLA sonucu
converted-total = { $currency } cinsinden toplam
renewals-urgent = { $count } tanesinin bildirim süresi 90 gün içinde doluyor
rate-item = 1 { $from } = { $rate }
rates-used = { $rates } kuruyla çevrildi.
rates-used-dated = { $rates } kuruyla çevrildi ({ $date } kurları).
more-clients = Burada listelenmeyen { $count } müşteri daha var; tüm müşteriler portföyün JSON dosyasında (--json).

## Kararlar ve mali konular, neler oldu, riskler, plan, yenileme, bu rakamlar hakkında
decisions_money = Kararlar ve mali konular
no_decisions = Karar bekleyen bir konu yok.
decision = Karar
amount = Tutar
renewal_proposal = Yenileme teklifi
credits_owed = Doğan hizmet kredileri
estate_beyond = Sözleşme kapsamı dışındaki envanter
asks = Sizden ricalarımız
events_title = Büyük olaylar ve değişiklikler
event_incident = Olay
event_change = Değişiklik
event_security = Güvenlik
severity_minor = Küçük
severity_major = Büyük
severity_critical = Kritik
event = Olay
cause = Neden
answered_by = İlgili aksiyonlar
business_impact = İşe etkisi
service = Hizmet
cost_per_hour = Saatlik maliyet
cost = Maliyet
risks_title = Riskler
no_risks = Risk kaydında kayıtlı risk yok.
risk = Risk
likelihood = Olasılık
impact = Etki
score = Puan
mitigation = Azaltma önlemi
risk_grid = Olasılık ve etkiye göre açık riskler
risk_changes = Son değerlendirmeden bu yana
risks_closed = Bu dönem kapatılanlar
risk_open = Açık
risk_mitigating = Azaltılıyor
risk_accepted = Kabul edildi
risk_closed = Kapatıldı
risk_security = Güvenlik
risk_continuity = Süreklilik
risk_compliance = Uyumluluk
risk_capacity = Kapasite
risk_lifecycle = Yaşam döngüsü
risk_supplier = Tedarikçi
risk_other = Diğer
plan_title = Plan ve bütçesi
roadmap = Yol haritası
initiative = Girişim
budget_forecast = Bütçe tahmini
one_off = Tek seferlik
recurring = Yinelenen
device_refresh = Cihaz yenileme
devices_due = Cihaz
initiatives_done = Bu dönem tamamlananlar
initiative_proposed = Önerildi
initiative_approved = Onaylandı
initiative_in_progress = Devam ediyor
initiative_done = Tamamlandı
initiative_deferred = Ertelendi
initiative_declined = Reddedildi
initiative_security = Güvenlik
initiative_infrastructure = Altyapı
initiative_lifecycle = Yaşam döngüsü
initiative_cloud = Bulut
initiative_compliance = Uyumluluk
initiative_continuity = Süreklilik
initiative_productivity = Verimlilik
initiative_other = Diğer
budget_chart_note = Her çeyreğin tahmini: yol haritasının tek seferlik ve yinelenen maliyetleri ile değiştirilmesi gereken cihazlar.
term = Süre
annual_fee_now = Güncel yıllık ücret
proposed_annual_fee = Önerilen yıllık ücret
true_up_year = Sözleşme dışındaki envanter, yıllık
scope_changes = Kapsam değişiklikleri
about_figures = Bu rakamlar hakkında
what_happened_title = Neler oldu
source_period_files = Dönem dosyaları
source_tickets = Çağrı dışa aktarımları
source_calendar = Takvim
source_devices = Cihaz listesi
source_rules = Rakamlar nasıl hesaplanır
a-month = ayda { $amount }
a-year = yılda { $amount }
users-affected = { $count } kullanıcı etkilendi
users-covered = { $count } kullanıcı kapsamda
impact-none = Dönem içinde planlanmamış kesinti olmadı.
impact-hours = Dönem içinde toplam { $downtime } planlanmamış kesinti yaşandı.
impact-costed = Dönem içinde toplam { $downtime } planlanmamış kesinti yaşandı; bize bildirdiğiniz saatlik maliyetlere göre bunun işletmenize maliyeti yaklaşık { $cost } oldu.
review-overdue = gözden geçirme { $date } tarihinden beri gecikmede
risk-new = Yeni: { $id } { $title } (puan { $score }).
risk-closed-now = Kapatıldı: { $id } { $title }.
risk-up = Yükseldi: { $id } { $title }, puan { $from } → { $score }.
risk-down = Düştü: { $id } { $title }, puan { $from } → { $score }.
devices-due = { $count ->
    [one] Listedeki { $total } cihazdan biri önümüzdeki { $quarters } çeyrek içinde yenilenmeli
   *[other] Listedeki { $total } cihazdan { $count } tanesi önümüzdeki { $quarters } çeyrek içinde yenilenmeli
}{ $overdue ->
    [0] .
    [one] , bunlardan birinin yenileme tarihi şimdiden geçmiş.
   *[other] , bunlardan { $overdue } tanesinin yenileme tarihi şimdiden geçmiş.
}
decision-notice = { $id } sözleşmesi için yenileme veya fesih bildirimi
credits-for = Şunlar için doğdu: { $items }.
renewal-term = { $start } tarihinden itibaren { $months } ay
renewal-economics = { $term } için ayda { $monthly } (yılda { $annual }) öneriyoruz; şu anki bedel yılda { $now }: { $change }.
renewal-true-up = Sözleşme dışındaki mevcut envanterin sözleşme fiyatlarıyla yıllık maliyeti { $amount } olurdu.
renewal-credits = Yıl içinde ödenen hizmet kredileri: { $amount }.
source-periods = { $total } ayın { $count } ayı için dönem dosyası var: { $files }. Bu dosyalara girilen KPI'lar ve anketler yazıldığı gibi okunur; erişilebilirlik, verilen dakikalardan hesaplanır.
source-tickets = { $files }: { $rows } satır okundu, { $skipped } satır atlandı. Bir çağrı, { $timezone } saat dilimine göre açıldığı ayda sayılır; çözüm ve yanıt süreleri SLA'nın takvimine göre ölçülür.
source-calendar = { $hours }, { $timezone } saat dilimi, { $holidays } tatil günü.
source-devices = { $file }: { $count } cihaz; her birinin yenileme zamanı, türünün yenileme politikasına göre belirlenir.
source-rules = Bir SLA'nın gerçekleşme oranı, karşılanan çağrıların karşılanan ve ihlal edilen çağrıların toplamına bölünmesiyle bulunur; hâlâ açık olup hedef süre içinde kalan çağrılar listelenir ama sayılmaz. Erişilebilirlik, planlanan dakikalardan bakım ve kesinti düşüldükten sonra kalan sürenin, planlanan dakikalardan yalnızca bakım düşüldükten sonra kalan süreye oranıdır. Bir çeyrek veya yıl, aylarından hesaplanır: çağrılar ve dakikalar toplanır, seviyeler dönem sonundaki değerlerdir, ortalamalar neyin ortalaması olduklarına göre ağırlıklandırılır.
unplanned_downtime = Planlanmamış kesinti
figures-as-of = { $date } itibarıyla rakamlar
first_to_last_quarter = İlk → son çeyrek
same_months_before = Bir yıl önceki aynı aylar
same-months-note = Bir yıl önceki aynı { $count } ayla karşılaştırıldı ({ $from } – { $to }): { $period } döneminin verisi olan ayları.
biggest_moves = En büyük değişimler ve nedenleri
move = Değişim
explained_by = Açıklama
in_the_notes = dönemin notları
no_explanation = Açıklama kaydedilmedi
source_terms = Terimler
source-terms = P1–P4 çağrı öncelikleridir; P1 en acil olanıdır. CSI (sürekli hizmet iyileştirme), sizinle kararlaştırılan eylemlerin kaydıdır. Puan cinsinden değişim iki yüzde arasındaki farktır. Kesim anı, çağrıların dışa aktarıldığı andır: o anda hâlâ açık ve hedef süresi içinde olan çağrı beklemededir. Kesinti bütçesi, bir erişilebilirlik hedefinin izin verdiği plansız kesinti süresidir.
source-priorities = PSA'nızın öncelikleri: { $priorities }.
appendix = Ek
