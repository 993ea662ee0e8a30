# svcreview: teks laporan dalam bahasa Indonesia.
#
# Sintaks Fluent (https://projectfluent.org/fluent/guide/). Untuk mengubah suatu kalimat,
# salin pesannya ke <direktori templat>/locales/<lokal>.ftl; pesan yang tidak Anda salin
# tetap memakai teks bawaan. Untuk menambahkan bahasa, salin seluruh berkas ini menjadi
# locales/<tag>.ftl (misalnya pl.ftl atau pt-PT.ftl) dan terjemahkan setiap nilainya;
# `svcreview validate` menampilkan nilai yang belum diterjemahkan.
#
# Ada dua jenis pesan:
# - Label (id dalam snake_case, tanpa $variabel): judul, kepala kolom, kata yang berdiri
#   sendiri. Templat menampilkannya apa adanya.
# - Kalimat (id dalam kebab-case, dengan $variabel): svcreview mengisi variabelnya.
#   Variabel bernama $count, $total, $met, ... adalah angka (dapat dipakai dalam selektor
#   jamak: [one], [few], [many], *[other] sesuai kebutuhan bahasa); semua variabel lain
#   adalah teks yang sudah diformat untuk lokal ini (angka beserta satuannya, tanggal,
#   nama, atau daftar yang sudah digabung dengan kata "dan").
#   Pertahankan setiap variabel dalam pesan; letaknya boleh dipindahkan sesuai bahasa.
#
# Catatan bahasa Indonesia: tidak ada bentuk jamak ("3 bulan"), jadi selektor jamak
# dihapus. Selektor [1] (angka persis) dipakai bila kalimat untuk satu item berbeda.


## Label

monthly_title = Tinjauan layanan bulanan
prepared_for = Disiapkan untuk
prepared_by = Disiapkan oleh
period = Periode
contract = Kontrak
sdm = Manajer layanan
contents = Daftar isi
issued = Tanggal terbit
at_a_glance = Ikhtisar
measured_by = Diukur dengan
no_credits_short = tidak ada
csat_short = Kepuasan pelanggan
nps_short = Net Promoter Score
budget_allows = Anggaran waktu henti
level_at_period_end = Nilai pada akhir periode
month = Bulan
total = Jumlah
other_kpis = KPI lainnya
charts_note = Nilai per bulan selama dua belas bulan, dibandingkan dengan target bulanan.
at_period_end = masih terbuka pada akhir periode
credits_quarter = Kredit layanan kuartal ini
kind = Jenis
proposal = Usulan
agenda = Agenda
thank_you = Terima kasih
next_review = Tinjauan berikutnya
dashboard = Dasbor
sla_by_month = SLA per bulan
kpi_slides = Indikator kinerja utama
months = Bulan
your_sdm = Manajer layanan Anda
next_review_qbr = Tinjauan kuartalan berikutnya
next_review_annual = Tinjauan tahunan berikutnya
at_period_end_kpi = pada akhir periode
charts_note_qbr = Nilai per bulan selama dua belas bulan, dibandingkan dengan target bulanan; bulan-bulan dalam kuartal ini diarsir.
executive_summary = Ringkasan eksekutif
csf_at_a_glance = Ikhtisar faktor penentu keberhasilan
slas = Perjanjian tingkat layanan (SLA)
sla = SLA
measure = Metrik
goal = Sasaran
attainment = Capaian
margin = Selisih
trend = Tren
result = Hasil
tickets = Tiket
met = Terpenuhi
missed = Tidak terpenuhi
breached = Dilanggar
pending = Masih berjalan
uptime = Waktu aktif
downtime = Waktu henti
maintenance = Pemeliharaan
service_credits = Kredit layanan
credit = Kredit
no_credits = Tidak ada kredit layanan untuk periode ini.
kpis_by_csf = KPI menurut faktor penentu keberhasilan
kpi = KPI
csf = Faktor penentu keberhasilan
kpis_on_target = KPI sesuai target
red_lower = meleset dari target
amber_lower = mendekati target
value = Nilai
target = Target
previous_month = Bulan lalu
change = Perubahan
year_ago = Setahun lalu
status = Status
trends = KPI per bulan
sla_history = SLA per bulan
surveys = Umpan balik pelanggan
csat = Kepuasan pelanggan (CSAT)
nps = Net Promoter Score (NPS)
ces = Skor upaya pelanggan (CES)
csi = Peningkatan layanan berkelanjutan
csi_new = Baru pada periode ini
csi_done = Selesai pada periode ini
csi_overdue = Terlambat
csi_open = Sedang berjalan
action = Tindakan
owner = Penanggung jawab
due = Tenggat
notes = Catatan dari manajer layanan Anda
what_happened = Apa yang terjadi, bulan demi bulan
renewal_decision_by = Keputusan perpanjangan paling lambat
reconciliation = Angka yang diketik yang diukur berbeda oleh ekspor tiket
miss = Terlewat atau di luar target
misses_answered = Target terlewat dan tindakan yang menjawabnya
no_action_recorded = Tidak ada tindakan tercatat
no_renewal_recommendation = Belum ada rekomendasi perpanjangan yang dicatat.
no_recommendations = Tidak ada rekomendasi yang dicatat untuk kuartal ini.
no_data = tidak ada data
no_actions = Tidak ada tindakan.
green = Sesuai target
amber = Mendekati target
red = Meleset dari target
no-data = Tidak ada data
improving = membaik
worsening = memburuk
steady = stabil
open = Terbuka
in-progress = Sedang berjalan
done = Selesai
cancelled = Dibatalkan
target_line = Target
goal_line = Sasaran
confidential = Rahasia
qbr_title = Tinjauan bisnis kuartalan
annual_title = Tinjauan tahunan dan perpanjangan kontrak
previous_quarter = Kuartal lalu
quarter = Kuartal
year = Tahun
previous_year = Tahun lalu
recommendations = Rekomendasi
next_focus = Fokus untuk kuartal berikutnya
restated = Angka yang dikoreksi sejak tinjauan terakhir
restated_note = Angka-angka ini berbeda dari yang disajikan pada tinjauan sebelumnya karena data atau definisinya telah dikoreksi sejak saat itu.
presented = Saat disajikan
now = Terkini
contract_renewal = Kontrak dan perpanjangan
contract_end = Akhir kontrak
notice_period = Masa pemberitahuan
notice_deadline = Batas akhir pemberitahuan
annual_value = Nilai tahunan
credits_year = Kredit layanan tahun ini
renewal_recommendation = Rekomendasi perpanjangan
proposals = Usulan untuk perpanjangan
sla_grid = Hasil SLA per bulan
kpi_yoy = KPI dibandingkan tahun lalu
sla_kind = Perubahan SLA
kpi_kind = KPI
csf_kind = Perubahan faktor keberhasilan
other_kind = Lainnya
ticket_volume = Volume tiket dan tiket terbuka
opened = Dibuka
closed = Diselesaikan
backlog = Tiket terbuka
fcr_short = Selesai pada kontak pertama
escalation_short = Dieskalasi
opened_per_month = Tiket dibuka per bulan
backlog_per_month = Tiket terbuka pada akhir bulan
ticket_times = Waktu respons dan penyelesaian
basis = Dasar perhitungan
mean = Rata-rata
median = Median
p90 = Persentil ke-90
first_response = Respons pertama
resolution_time = Penyelesaian
business = jam kerja
around_the_clock = 24 jam sehari
elapsed = waktu kalender
breaches = Pelanggaran SLA dan tiket yang masih berjalan pada batas waktu data
ticket = Tiket
opened_at = Dibuka
actual = Aktual
over = Melebihi

# Bentuk label di tengah kalimat, seperti yang muncul setelah titik koma dalam baris
# presentasi (huruf kecil).
previous_quarter_inline = kuartal lalu
previous_year_inline = tahun lalu
budget_allows_inline = anggaran waktu henti
credit_inline = kredit

## Kalimat

# Kaki halaman: "Halaman 3 dari 12".
page-of = Halaman { $page } dari { $pages }

# Periode. $quarter 1–4, $year misalnya 2026; $from dan $to adalah bulan ("April 2026").
period-quarter = Kuartal { $quarter } { $year }
period-range = { $from } – { $to }

# Nama atau bulan beserta angkanya: "Waktu aktif ERP (99,1%)".
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = kurang { $count } tiket dari target
with-figure-short = { $name } ({ $figure }, { $short })

# Perubahan dalam poin persentase: "+2,1 pp". $value adalah angka bertanda.
change-points = { $amount ->
   *[other] { $value } pp
}

# Jumlah, sebagai frasa pendek.
responses-count = { $count } tanggapan
days-overdue = terlambat { $count } hari
devices-covered = { $count } perangkat tercakup
rows-skipped = { $count } baris dari ekspor tiket dilewati karena tidak dapat dibaca; rinciannya tercantum dalam JSON.
more-breaches = { $count } pelanggaran lainnya tidak dicantumkan di sini; manajer layanan Anda dapat memberikan daftar lengkapnya.
# Tiket suatu SLA: "42 terpenuhi · 3 dilanggar · 1 masih berjalan".
sla-counts = { $met } terpenuhi · { $breached } dilanggar
sla-counts-pending = { $met } terpenuhi · { $breached } dilanggar · { $pending } masih berjalan
# Menit pada SLA ketersediaan; $downtime dan $maintenance adalah durasi ("42 mnt").
availability-minutes = { $downtime } waktu henti · { $maintenance } pemeliharaan
# Porsi anggaran waktu henti yang terpakai: "40% terpakai".
budget-used = { $share } terpakai
# Target bulanan KPI di samping grafiknya: "Target 20 per bulan".
target-per-month = Target { $target } per bulan
# Garis target dan sasaran pada grafik: "Target 75%", "Sasaran 99,9%".
chart-target = Target { $value }
chart-goal = Sasaran { $value }
# Kapan tindakan peningkatan dibuka dan ditutup; $date adalah tanggal.
action-opened = dibuka { $date }
action-closed = ditutup { $date }

# Apa yang diukur suatu SLA. $priority adalah nama prioritas klien (P1), $within durasi
# (4 jam), $calendar nama kalender klien (24x7, jam kerja).
measure-response = Respons { $priority } dalam { $within }, { $calendar }
measure-resolution = Penyelesaian { $priority } dalam { $within }, { $calendar }
measure-uptime = Waktu aktif { $service }

# Kredit layanan. $share adalah persentase, $amount jumlah uang, $month bulan.
credit-share = { $share } dari biaya bulanan
credit-share-amount = { $amount } ({ $share } dari biaya bulanan)
months-credited = kredit untuk { $count } bulan
credit-total = { $share } ({ $amount })

# Berapa bulan suatu SLA memenuhi sasarannya.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = tidak sesuai target pada { $off } dari { $total } bulan
months-met-none = Tidak ada bulan yang dapat diukur
months-met-last-12 = Terpenuhi pada { $met } dari 12 bulan terakhir
months-met-with-data = Terpenuhi pada { $met } dari { $total } bulan yang memiliki data (12 bulan terakhir)
months-met = { $met } dari { $total } bulan terpenuhi

# Perbandingan yang tidak dilakukan: "Tidak dibandingkan: 2024 hanya memiliki data untuk 2 dari 12 bulan."
not-compared = Tidak dibandingkan: { $period } hanya memiliki data untuk { $have } dari { $need } bulan.

# Batas akhir pemberitahuan kontrak, dihitung dari akhir periode.
notice-passed = telah lewat { $count } hari sebelum akhir periode
notice-today = hari terakhir periode
notice-days-left = { $count } hari setelah akhir periode

## Ringkasan eksekutif: setiap pesan adalah satu kalimat.

# Faktor penentu keberhasilan. $others adalah daftar frasa csfs-count-* yang berlaku,
# digabung dengan "dan": "1 mendekati target dan 2 meleset dari target".
csfs-none = Belum ada faktor penentu keberhasilan yang ditetapkan.
csfs-all-on-target = { $total ->
    [1] Faktor penentu keberhasilan sesuai target.
   *[other] Seluruh { $total } faktor penentu keberhasilan sesuai target.
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Tanpa pemberitahuan hingga tanggal tersebut, kontrak diperpanjang selama { $months } bulan, hingga { $until }.
by-default-renewed = Kecuali pemberitahuan diberikan hingga tanggal tersebut, kontrak diperpanjang selama { $months } bulan, hingga { $until }.
by-default-ends = Kecuali perpanjangan disepakati, kontrak berakhir pada { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Batas waktu pemberitahuan kontrak { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = Batas waktu pemberitahuan kontrak { $id } adalah { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } tercatat { $typed } di file periode; ekspor tiket mengukur { $measured } dari { $tickets } tiket pada periode yang sama. KPI menampilkan angka yang diketik; angka lainnya diukur dari tiket periode ini dalam ekspor.
reconcile-differs-plain = { $name } tercatat { $typed } di file periode; ekspor tiket mengukur { $measured } untuk periode yang sama. KPI menampilkan angka yang diketik; angka lainnya diukur dari tiket periode ini dalam ekspor.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count } perangkat di atas { $covered } yang tercakup
beyond-users = { $count } pengguna di atas { $covered } yang tercakup
estate-beyond = Pada { $month }, terdapat { $items }; kontrak tidak menetapkan harganya.
estate-beyond-priced = Pada { $month }, terdapat { $items }: { $amount } per bulan dengan harga kontrak.
csfs-none-on-target = { $total ->
    [1] Faktor penentu keberhasilan belum sesuai target: { $others }.
   *[other] Tidak satu pun dari { $total } faktor penentu keberhasilan yang sesuai target: { $others }.
}
csfs-some-on-target = Dari { $total } faktor penentu keberhasilan, { $green } sesuai target; { $others }.
csfs-count-amber = { $count } mendekati target
csfs-count-red = { $count } meleset dari target
csfs-count-no-data = { $count } tanpa data

# SLA. $longer bernilai "yes" untuk kuartal atau tahun, selain itu "no". $missed adalah
# daftar SLA yang tidak terpenuhi beserta angkanya: "Respons P1 (80,0%) dan Waktu aktif ERP (99,1%)".
slas-none = Tidak ada SLA yang diukur.
slas-nothing-measured = Tidak ada SLA yang memiliki data untuk diukur pada periode ini.
slas-all-met = { $met ->
    [1] { $longer ->
        [yes] SLA terpenuhi sepanjang periode.
       *[no] SLA terpenuhi.
    }
   *[other] { $longer ->
        [yes] Seluruh { $met } SLA terpenuhi sepanjang periode.
       *[no] Seluruh { $met } SLA terpenuhi.
    }
}
slas-all-met-some-empty = { $met ->
    [1] SLA yang memiliki data terpenuhi; { $no_data } SLA lainnya tidak memiliki data untuk diukur.
   *[other] Seluruh { $met } SLA yang memiliki data terpenuhi; { $no_data } SLA lainnya tidak memiliki data untuk diukur.
}
slas-some-missed = { $met } dari { $measured } SLA terpenuhi; tidak terpenuhi: { $missed }.

# SLA yang terpenuhi sepanjang kuartal atau tahun tetapi tidak terpenuhi pada bulan
# tertentu. $months adalah daftar bulan beserta angkanya: "Mei 2026 (94,1%) dan Juni 2026 (93,0%)".
missed-months = { $name } memenuhi sasaran sepanjang periode, tetapi tidak memenuhinya pada { $count } bulan: { $months }.

# Kredit layanan yang menjadi hak klien. $items adalah daftar frasa credit-item.
credits-due = Untuk periode ini, Anda berhak atas kredit layanan sebesar { $amount }.
credits-due-items = Anda berhak atas kredit layanan sebesar { $amount }: { $items }.
credit-item = { $name } dengan capaian { $attainment }
credit-item-month = { $name } pada { $month } dengan capaian { $attainment }

# KPI yang perlu perhatian; $kpis adalah daftar frasa against-target.
attention-red = Meleset dari target: { $kpis }.
attention-amber = Mendekati target: { $kpis }.
against-target = { $name } ({ $value } terhadap target { $target })

# Perubahan KPI terbesar. $direction bernilai improving, worsening, atau steady.
kpi-change = { $direction ->
    [improving] { $name } membaik dari { $from } menjadi { $to } ({ $change }).
    [worsening] { $name } memburuk dari { $from } menjadi { $to } ({ $change }).
   *[steady] { $name } relatif stabil, dari { $from } menjadi { $to } ({ $change }).
}

# Tindakan peningkatan pada periode ini.
actions-summary = { $overdue ->
    [0] Tindakan peningkatan: { $new } baru, { $done } selesai.
   *[other] Tindakan peningkatan: { $new } baru, { $done } selesai, { $overdue } terlambat.
}

## E-mail yang menyertai tinjauan

# $document bernilai monthly, qbr, atau annual; $client nama klien; $period periodenya.
email-subject = { $client } · { $document ->
    [qbr] Tinjauan bisnis kuartalan
    [annual] Tinjauan tahunan dan perpanjangan kontrak
   *[monthly] Tinjauan layanan bulanan
} · { $period }
email-greeting = Yth. Bapak/Ibu { $name },
email-attached = { $document ->
    [qbr] Bersama ini kami lampirkan tinjauan bisnis kuartalan Anda untuk periode { $period }.
    [annual] Bersama ini kami lampirkan tinjauan tahunan Anda untuk periode { $period }.
   *[monthly] Bersama ini kami lampirkan tinjauan layanan bulanan Anda untuk periode { $period }.
}
email-slas = Perjanjian tingkat layanan (SLA):
email-sla = { $name }: { $attainment } terhadap sasaran { $goal }
email-sla-missed = { $name }: { $attainment } terhadap sasaran { $goal } (tidak terpenuhi)
email-actions = Tindakan peningkatan yang perlu dibahas:
email-action-overdue = { $id } { $title }: terlambat sejak { $due }
email-action-new = { $id } { $title }: baru
email-action-new-due = { $id } { $title }: baru, tenggat { $due }
email-regards = Hormat kami,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Tinjauan portofolio
clients_reviewed = Klien yang ditinjau
health_across_book = Kesehatan portofolio
clients_at_risk = Klien menurut risiko
renewals_ahead = Perpanjangan dalam 12 bulan ke depan
recurring_revenue = Pendapatan berulang
satisfaction_volume = Kepuasan dan volume tiket
failed_clients = Klien yang tidak ditinjau: datanya bermasalah
client = Klien
risk_score = Risiko
risk_reasons = Alasan
credits_period = Kredit periode ini
currency = Mata uang
mrr = Pendapatan berulang bulanan
new_business = Baru
expansion = Ekspansi
contraction = Kontraksi
churned = Berhenti
per_client = Per klien
gross_retention = Retensi bruto
net_retention = Retensi neto
fee_before = Biaya sebelumnya
fee_now = Biaya sekarang
tickets_month = Tiket dibuka
all_clients = Semua klien
kpis_red_short = KPI merah
slas_missed_short = SLA tidak tercapai
risk-slas-missed = { $count } SLA tidak tercapai: { $names }
risk-kpis-red = { $count } KPI merah: { $names }
risk-kpis-amber = { $count } KPI kuning: { $names }
risk-credit = kredit layanan sebesar { $amount }
risk-worsening = lebih buruk dari periode sebelumnya: { $names }
risk-overdue = { $count } tindakan perbaikan terlambat
risk-none = tidak ada yang perlu dikhawatirkan
slas-met-count = { $met } dari { $total } tercapai
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Pendapatan berulang bulanan
estate_not_covered = Perangkat dan pengguna yang tidak tercakup
devices_counted = Perangkat terhitung
users_counted = Pengguna terhitung
covered = Tercakup
not_covered = Tidak tercakup
no_reviews = Tidak ada klien yang dapat ditinjau untuk periode ini.
no_renewals = Tidak ada kontrak yang berakhir dalam 12 bulan ke depan.
fee_changes = Biaya yang berubah
legend_csf = Status CSF
legend_sla = Hasil SLA
converted-total = Total dalam { $currency }
renewals-urgent = { $count } dengan batas pemberitahuan dalam 90 hari
rate-item = 1 { $from } = { $rate }
rates-used = Dikonversi dengan kurs { $rates }.
rates-used-dated = Dikonversi dengan kurs { $rates }, kurs per { $date }.
more-clients = { $count } klien lain tidak tercantum di sini; semua klien ada di JSON portofolio (--json).

## Keputusan dan keuangan, apa yang terjadi, risiko, rencana, perpanjangan, tentang angka-angka ini
decisions_money = Keputusan dan keuangan
no_decisions = Tidak ada yang menunggu keputusan.
decision = Keputusan
amount = Nominal
renewal_proposal = Usulan perpanjangan
credits_owed = Kredit layanan terutang
estate_beyond = Perangkat dan pengguna di luar kontrak
asks = Permintaan kami kepada Anda
events_title = Insiden besar dan perubahan
event_incident = Insiden
event_change = Perubahan
event_security = Keamanan
severity_minor = Ringan
severity_major = Besar
severity_critical = Kritis
event = Kejadian
cause = Penyebab
answered_by = Ditangani melalui
business_impact = Dampak bisnis
service = Layanan
cost_per_hour = Biaya per jam
cost = Biaya
risks_title = Risiko
no_risks = Tidak ada risiko yang tercatat dalam daftar risiko.
risk = Risiko
likelihood = Kemungkinan
impact = Dampak
score = Skor
mitigation = Mitigasi
risk_grid = Risiko terbuka menurut kemungkinan dan dampak
risk_changes = Sejak tinjauan terakhir
risks_closed = Ditutup pada periode ini
risk_open = Terbuka
risk_mitigating = Sedang dikurangi
risk_accepted = Diterima
risk_closed = Ditutup
risk_security = Keamanan
risk_continuity = Kelangsungan
risk_compliance = Kepatuhan
risk_capacity = Kapasitas
risk_lifecycle = Siklus hidup
risk_supplier = Pemasok
risk_other = Lainnya
plan_title = Rencana dan anggarannya
roadmap = Peta jalan
initiative = Inisiatif
budget_forecast = Prakiraan anggaran
one_off = Satu kali
recurring = Berulang
device_refresh = Penggantian perangkat
devices_due = Perangkat
initiatives_done = Selesai pada periode ini
initiative_proposed = Diusulkan
initiative_approved = Disetujui
initiative_in_progress = Sedang berjalan
initiative_done = Selesai
initiative_deferred = Ditunda
initiative_declined = Ditolak
initiative_security = Keamanan
initiative_infrastructure = Infrastruktur
initiative_lifecycle = Siklus hidup
initiative_cloud = Cloud
initiative_compliance = Kepatuhan
initiative_continuity = Kelangsungan
initiative_productivity = Produktivitas
initiative_other = Lainnya
budget_chart_note = Prakiraan setiap kuartal: biaya satu kali dan berulang dari peta jalan, serta perangkat yang jatuh tempo untuk diganti.
term = Jangka waktu
annual_fee_now = Biaya tahunan saat ini
proposed_annual_fee = Usulan biaya tahunan
true_up_year = Perangkat dan pengguna di luar kontrak, per tahun
scope_changes = Perubahan cakupan
about_figures = Tentang angka-angka ini
what_happened_title = Apa yang terjadi
source_period_files = File periode
source_tickets = Ekspor tiket
source_calendar = Kalender
source_devices = Daftar perangkat
source_rules = Cara angka dihitung
a-month = { $amount } per bulan
a-year = { $amount } per tahun
users-affected = { $count } pengguna terdampak
users-covered = { $count } pengguna tercakup
impact-none = Tidak ada waktu henti tak terencana pada periode ini.
impact-hours = { $downtime } waktu henti tak terencana pada periode ini.
impact-costed = { $downtime } waktu henti tak terencana pada periode ini, yang menimbulkan biaya bagi bisnis Anda sekitar { $cost } berdasarkan biaya per jam yang Anda berikan kepada kami.
review-overdue = tinjauan terlambat sejak { $date }
risk-new = Baru: { $id } { $title } (skor { $score }).
risk-closed-now = Ditutup: { $id } { $title }.
risk-up = Naik: { $id } { $title }, skor { $from } → { $score }.
risk-down = Turun: { $id } { $title }, skor { $from } → { $score }.
devices-due = { $count ->
    [1] Satu dari { $total } perangkat dalam daftar jatuh tempo untuk diganti dalam { $quarters } kuartal ke depan
   *[other] { $count } dari { $total } perangkat dalam daftar jatuh tempo untuk diganti dalam { $quarters } kuartal ke depan
}{ $overdue ->
    [0] .
    [1] , satu di antaranya sudah melewati tanggal penggantiannya.
   *[other] , { $overdue } di antaranya sudah melewati tanggal penggantiannya.
}
decision-notice = Perpanjangan atau pengakhiran kontrak { $id }
credits-for = Terutang untuk { $items }.
renewal-term = { $months } bulan mulai { $start }
renewal-economics = Kami mengusulkan { $term } dengan biaya { $monthly } per bulan ({ $annual } per tahun), dibandingkan { $now } per tahun saat ini: { $change }.
renewal-true-up = Perangkat dan pengguna di luar kontrak saat ini akan menelan biaya { $amount } per tahun dengan harga kontrak.
renewal-credits = Kredit layanan yang dibayarkan selama tahun ini: { $amount }.
source-periods = { $count } dari { $total } bulan memiliki file periode: { $files }. KPI yang diketik di sana dan survei dibaca apa adanya; ketersediaan dihitung dari menit yang diberikan.
source-tickets = { $files }: { $rows } baris dibaca, { $skipped } dilewati. Tiket dihitung pada bulan tiket itu dibuka, menurut zona waktu { $timezone }; waktu penyelesaian dan respons diukur menurut kalender SLA.
source-calendar = { $hours }, zona waktu { $timezone }, { $holidays } hari libur.
source-devices = { $file }: { $count } perangkat, masing-masing jatuh tempo untuk diganti menurut kebijakan penggantian untuk jenisnya.
source-rules = Capaian SLA adalah jumlah tiket yang terpenuhi dibagi jumlah tiket yang terpenuhi dan dilanggar; tiket yang masih terbuka dan masih dalam target dicantumkan, tetapi tidak dihitung. Ketersediaan adalah menit terjadwal dikurangi pemeliharaan dan waktu henti, dibagi menit terjadwal dikurangi pemeliharaan. Kuartal atau tahun dihitung dari bulan-bulannya: tiket dan menit dijumlahkan, nilai diambil pada akhir periode, dan rata-rata dibobot menurut apa yang dirata-ratakan.
unplanned_downtime = Waktu henti tak terencana
figures-as-of = Angka per { $date }
first_to_last_quarter = Kuartal pertama → terakhir
same_months_before = Bulan yang sama setahun sebelumnya
same-months-note = Dibandingkan dengan { $count } bulan yang sama setahun sebelumnya ({ $from } sampai { $to }): bulan-bulan { $period } yang memiliki data.
biggest_moves = Perubahan terbesar dan penjelasannya
move = Perubahan
explained_by = Dijelaskan oleh
in_the_notes = catatan periode ini
no_explanation = Tidak ada penjelasan yang dicatat
source_terms = Istilah
source-terms = P1 sampai P4 adalah prioritas tiket, P1 yang paling mendesak. CSI (perbaikan layanan berkelanjutan) adalah daftar tindakan yang disepakati dengan Anda. Perubahan dalam poin adalah selisih dua persentase. Batas waktu adalah saat ekspor tiket diambil: tiket yang masih terbuka saat itu dan masih dalam target berstatus tertunda. Anggaran waktu henti adalah waktu henti tak terencana yang diizinkan oleh target ketersediaan.
source-priorities = Prioritas PSA Anda: { $priorities }.
appendix = Lampiran
