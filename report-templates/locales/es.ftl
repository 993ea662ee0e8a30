# svcreview: los textos de los informes, en español (neutro, válido para España y Latinoamérica).
#
# Sintaxis Fluent (https://projectfluent.org/fluent/guide/). Para cambiar un texto, copie
# el mensaje en <directorio de plantillas>/locales/<idioma>.ftl; los mensajes que no copie
# conservan el texto de origen. Para añadir un idioma, copie este archivo completo en
# locales/<etiqueta>.ftl (por ejemplo, pl.ftl o pt-PT.ftl) y traduzca todos los valores;
# `svcreview validate` indica los que aún faltan.
#
# Hay dos tipos de mensaje:
# - Etiquetas (identificadores en snake_case, sin $variables): títulos, encabezados de
#   columna, palabras sueltas. Las plantillas las muestran tal cual.
# - Frases (identificadores en kebab-case, con $variables): svcreview rellena las variables.
#   Las variables llamadas $count, $total, $met, ... son números (úselas en selectores de
#   plural: [one], [few], [many], *[other], según lo que necesite el idioma); las demás
#   variables son texto ya formateado para el idioma (una cifra con su unidad, una fecha,
#   un nombre, una lista ya unida con la "y" del idioma).
#   Conserve todas las variables de cada mensaje; colóquelas donde lo pida el idioma.


## Etiquetas

monthly_title = Revisión mensual del servicio
prepared_for = Preparado para
prepared_by = Preparado por
period = Período
contract = Contrato
sdm = Responsable del servicio
contents = Índice
issued = Fecha de emisión
at_a_glance = Visión general
measured_by = Medido por
no_credits_short = no procede
csat_short = Satisfacción del cliente
nps_short = Net Promoter Score
budget_allows = Indisponibilidad permitida
level_at_period_end = Nivel al cierre del período
month = Mes
total = Total
other_kpis = Otros KPI
charts_note = Evolución mensual de los últimos doce meses, frente al objetivo mensual.
at_period_end = abiertos al cierre del período
credits_quarter = Créditos de servicio del trimestre
kind = Tipo
proposal = Propuesta
agenda = Agenda
thank_you = Gracias
next_review = Próxima revisión
dashboard = Panel de control
sla_by_month = SLA mes a mes
kpi_slides = Indicadores clave de desempeño
months = Meses
your_sdm = Su responsable del servicio
next_review_qbr = Próxima revisión trimestral
next_review_annual = Próxima revisión anual
at_period_end_kpi = al cierre del período
charts_note_qbr = Evolución mensual de los últimos doce meses, frente al objetivo mensual; los meses de este trimestre aparecen sombreados.
executive_summary = Resumen ejecutivo
csf_at_a_glance = Factores críticos de éxito: visión general
slas = Acuerdos de nivel de servicio
sla = SLA
measure = Métrica
goal = Meta
attainment = Cumplimiento
margin = Margen
trend = Tendencia
result = Resultado
tickets = Tickets
met = Cumplido
missed = Incumplido
breached = Fuera de plazo
pending = Pendiente
uptime = Disponibilidad
downtime = Indisponibilidad
maintenance = Mantenimiento
service_credits = Créditos de servicio
credit = Crédito
no_credits = No corresponden créditos de servicio en este período.
kpis_by_csf = KPI por factor crítico de éxito
kpi = KPI
csf = Factor crítico de éxito
kpis_on_target = KPI dentro del objetivo
red_lower = fuera del objetivo
amber_lower = cerca del objetivo
value = Valor
target = Objetivo
previous_month = Mes anterior
change = Variación
year_ago = Hace un año
status = Estado
trends = KPI mes a mes
sla_history = SLA mes a mes
surveys = Opinión de los clientes
csat = Satisfacción del cliente (CSAT)
nps = Net Promoter Score (NPS)
ces = Índice de esfuerzo del cliente (CES)
csi = Mejora continua del servicio
csi_new = Nuevas en este período
csi_done = Completadas en este período
csi_overdue = Fuera de plazo
csi_open = En curso
action = Acción
owner = Responsable
due = Fecha límite
notes = Notas de su responsable del servicio
what_happened = Lo que pasó, mes a mes
renewal_decision_by = Decisión de renovación antes del
reconciliation = Cifras introducidas que las exportaciones de tickets miden de otra forma
miss = Incumplido o fuera de objetivo
misses_answered = Incumplimientos y las acciones que los atienden
no_action_recorded = Ninguna acción registrada
no_renewal_recommendation = Aún no se ha registrado ninguna recomendación de renovación.
no_recommendations = No se registraron recomendaciones para este trimestre.
no_data = sin datos
no_actions = Sin acciones.
green = Dentro del objetivo
amber = Cerca del objetivo
red = Fuera del objetivo
no-data = Sin datos
improving = en mejora
worsening = en deterioro
steady = estable
open = Abierta
in-progress = En curso
done = Completada
cancelled = Cancelada
target_line = Objetivo
goal_line = Meta
confidential = Confidencial
qbr_title = Revisión trimestral de negocio
annual_title = Revisión anual y renovación
previous_quarter = Trimestre anterior
quarter = Trimestre
year = Año
previous_year = Año anterior
recommendations = Recomendaciones
next_focus = Prioridades para el próximo trimestre
restated = Cifras corregidas desde la última revisión
restated_note = Estas cifras difieren de las presentadas en la revisión anterior porque desde entonces se han corregido datos o definiciones.
presented = Presentado
now = Actual
contract_renewal = Contrato y renovación
contract_end = Fin del contrato
notice_period = Plazo de preaviso
notice_deadline = Fecha límite de preaviso
annual_value = Valor anual
credits_year = Créditos de servicio del año
renewal_recommendation = Recomendación de renovación
proposals = Propuestas para la renovación
sla_grid = Resultados de los SLA mes a mes
kpi_yoy = Comparación interanual de los KPI
sla_kind = Cambio de SLA
kpi_kind = KPI
csf_kind = Cambio de factor crítico de éxito
other_kind = Otro
ticket_volume = Volumen de tickets y pendientes
opened = Abiertos
closed = Resueltos
backlog = Pendientes
fcr_short = Resolución en el primer contacto
escalation_short = Escalados
opened_per_month = Tickets abiertos por mes
backlog_per_month = Pendientes al cierre de cada mes
ticket_times = Tiempos de respuesta y resolución
basis = Base de cálculo
mean = Media
median = Mediana
p90 = Percentil 90
first_response = Primera respuesta
resolution_time = Resolución
business = horas hábiles
around_the_clock = las 24 horas
elapsed = tiempo transcurrido
breaches = Incumplimientos de SLA y tickets pendientes en la fecha de corte
ticket = Ticket
opened_at = Apertura
actual = Real
over = Exceso

# Formas de algunas etiquetas en mitad de frase, tal como se leen tras un punto y coma
# en una línea de la presentación (en español, en minúscula).
previous_quarter_inline = trimestre anterior
previous_year_inline = año anterior
budget_allows_inline = indisponibilidad permitida
credit_inline = crédito

## Frases

# Pie de página: "Página 3 de 12".
page-of = Página { $page } de { $pages }

# Un período. $quarter es 1–4, $year p. ej. 2026; $from y $to son meses ("abril de 2026").
period-quarter = T{ $quarter } { $year }
period-range = { $from } – { $to }

# Un nombre o un mes con su cifra al lado: "Disponibilidad del ERP (99,1 %)".
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] faltó un ticket para el objetivo
   *[other] faltaron { $count } tickets para el objetivo
}
with-figure-short = { $name } ({ $figure }, { $short })

# Una variación en puntos porcentuales: "+2,1 p. p.". $value es el número con signo.
change-points = { $amount ->
   *[other] { $value } p. p.
}

# Recuentos, como frases cortas.
responses-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
days-overdue = { $count ->
    [one] { $count } día de retraso
   *[other] { $count } días de retraso
}
devices-covered = { $count ->
    [one] { $count } dispositivo cubierto
   *[other] { $count } dispositivos cubiertos
}
rows-skipped = { $count ->
    [one] Se omitió { $count } fila de las exportaciones de tickets por ser ilegible; figura en el JSON.
   *[other] Se omitieron { $count } filas de las exportaciones de tickets por ser ilegibles; figuran en el JSON.
}
more-breaches = { $count ->
    [one] Hay { $count } incumplimiento más que no figura aquí; su responsable del servicio puede facilitarle la lista completa.
   *[other] Hay { $count } incumplimientos más que no figuran aquí; su responsable del servicio puede facilitarle la lista completa.
}
# Tickets de un SLA: "42 en plazo · 3 fuera de plazo · 1 en curso".
sla-counts = { $met } en plazo · { $breached } fuera de plazo
sla-counts-pending = { $met } en plazo · { $breached } fuera de plazo · { $pending } en curso
# Minutos de un SLA de disponibilidad; $downtime y $maintenance son duraciones ("42 min").
availability-minutes = { $downtime } de indisponibilidad · { $maintenance } de mantenimiento
# La parte consumida de la indisponibilidad permitida: "40 % consumido".
budget-used = { $share } consumido
# El objetivo mensual de un KPI junto a su gráfico: "Objetivo 20 al mes".
target-per-month = Objetivo { $target } al mes
# Las líneas de objetivo y de meta de los gráficos: "Objetivo 75 %", "Meta 99,9 %".
chart-target = Objetivo { $value }
chart-goal = Meta { $value }
# Cuándo se abrió y se cerró una acción de mejora; $date es una fecha.
action-opened = abierta el { $date }
action-closed = cerrada el { $date }

# Lo que mide un SLA. $priority es el nombre de prioridad del cliente (P1), $within una
# duración (4 h), $calendar el nombre del calendario del cliente (24x7, laborable).
measure-response = Respuesta a { $priority } en un máximo de { $within }, { $calendar }
measure-resolution = Resolución de { $priority } en un máximo de { $within }, { $calendar }
measure-uptime = Disponibilidad de { $service }

# Créditos de servicio. $share es un porcentaje, $amount un importe, $month un mes.
credit-share = { $share } de la tarifa mensual
credit-share-amount = { $amount } ({ $share } de la tarifa mensual)
months-credited = { $count ->
    [one] { $count } mes con crédito
   *[other] { $count } meses con crédito
}
credit-total = { $share } ({ $amount })

# En cuántos meses un SLA alcanzó su meta.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = fuera de objetivo en { $off } de { $total } meses
months-met-none = Ningún mes que medir
months-met-last-12 = Cumplido en { $met } de los últimos 12 meses
months-met-with-data = { $total ->
    [one] Cumplido en { $met } de { $total } mes con datos (últimos 12)
   *[other] Cumplido en { $met } de { $total } meses con datos (últimos 12)
}
months-met = { $total ->
    [one] { $met } de { $total } mes cumplido
   *[other] { $met } de { $total } meses cumplidos
}

# Una comparación omitida: "Sin comparación: 2024 solo tiene datos de 2 de sus 12 meses."
not-compared = Sin comparación: { $period } solo tiene datos de { $have } de sus { $need } meses.

# La fecha límite de preaviso del contrato, contada desde el cierre del período.
notice-passed = { $count ->
    [one] venció { $count } día antes del cierre del período
   *[other] venció { $count } días antes del cierre del período
}
notice-today = el último día del período
notice-days-left = { $count ->
    [one] { $count } día después del cierre del período
   *[other] { $count } días después del cierre del período
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Si no se notifica antes de esa fecha, el contrato se renueva por { $months ->
    [one] un mes
   *[other] { $months } meses
}, hasta el { $until }.
by-default-renewed = Salvo que se notificara antes de esa fecha, el contrato se renueva por { $months ->
    [one] un mes
   *[other] { $months } meses
}, hasta el { $until }.
by-default-ends = Salvo que se acuerde una renovación, el contrato termina el { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Plazo de preaviso del contrato { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = El plazo de preaviso del contrato { $id } fue el { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } figura como { $typed } en los archivos de periodo; las exportaciones de tickets miden { $measured } sobre { $tickets ->
    [one] un ticket
   *[other] { $tickets } tickets
} del mismo periodo. El KPI muestra la cifra introducida; la otra se mide con los tickets del periodo en las exportaciones.
reconcile-differs-plain = { $name } figura como { $typed } en los archivos de periodo; las exportaciones de tickets miden { $measured } para el mismo periodo. El KPI muestra la cifra introducida; la otra se mide con los tickets del periodo en las exportaciones.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] un dispositivo
   *[other] { $count } dispositivos
} más que los { $covered } cubiertos
beyond-users = { $count ->
    [one] un usuario
   *[other] { $count } usuarios
} más que los { $covered } cubiertos
estate-beyond = En { $month }, el parque tenía { $items }; el contrato no les fija precio.
estate-beyond-priced = En { $month }, el parque tenía { $items }: { $amount } al mes a los precios del contrato.

## El resumen ejecutivo: cada mensaje es una frase.

# Factores críticos de éxito. $others es una lista de las frases csfs-count-* que
# correspondan, unidas con "y": "1 cerca del objetivo y 2 fuera del objetivo".
csfs-none = No hay factores críticos de éxito definidos.
csfs-all-on-target = { $total ->
    [one] El factor crítico de éxito está dentro del objetivo.
   *[other] Los { $total } factores críticos de éxito están dentro del objetivo.
}
csfs-none-on-target = { $total ->
    [one] El factor crítico de éxito no está dentro del objetivo: { $others }.
   *[other] Ninguno de los { $total } factores críticos de éxito está dentro del objetivo: { $others }.
}
csfs-some-on-target = De { $total } factores críticos de éxito, { $green ->
    [one] { $green } está dentro del objetivo
   *[other] { $green } están dentro del objetivo
}; { $others }.
csfs-count-amber = { $count } cerca del objetivo
csfs-count-red = { $count } fuera del objetivo
csfs-count-no-data = { $count } sin datos

# SLA. $longer es "yes" en un trimestre o un año y "no" en los demás casos. $missed es
# una lista de los SLA incumplidos con sus cifras: "Respuesta a P1 (80,0 %) y
# Disponibilidad del ERP (99,1 %)".
slas-none = No se mide ningún SLA.
slas-nothing-measured = Ningún SLA tuvo nada que medir en este período.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] El SLA se cumplió en el conjunto del período.
       *[no] El SLA se cumplió.
    }
   *[other] { $longer ->
        [yes] Los { $met } SLA se cumplieron en el conjunto del período.
       *[no] Los { $met } SLA se cumplieron.
    }
}
slas-all-met-some-empty = { $met ->
    [one] El SLA con datos se cumplió; { $no_data } sin nada que medir.
   *[other] Los { $met } SLA con datos se cumplieron; { $no_data } sin nada que medir.
}
slas-some-missed = { $met ->
    [one] Se cumplió { $met } de { $measured } SLA; sin cumplir: { $missed }.
   *[other] Se cumplieron { $met } de { $measured } SLA; sin cumplir: { $missed }.
}

# Un SLA cumplido en el trimestre o el año que no se cumplió en algunos meses. $months es
# una lista de meses con sus cifras: "mayo de 2026 (94,1 %) y junio de 2026 (93,0 %)".
missed-months = { $count ->
    [one] { $name } alcanzó su meta en el conjunto del período, pero no la alcanzó en { $count } mes: { $months }.
   *[other] { $name } alcanzó su meta en el conjunto del período, pero no la alcanzó en { $count } meses: { $months }.
}

# Créditos de servicio que corresponden. $items es una lista de frases credit-item.
credits-due = Corresponden créditos de servicio por { $amount } en este período.
credits-due-items = Corresponden créditos de servicio por { $amount }: { $items }.
credit-item = { $name } ({ $attainment })
credit-item-month = { $name } en { $month } ({ $attainment })

# KPI que requieren atención; $kpis es una lista de frases against-target.
attention-red = Fuera del objetivo: { $kpis }.
attention-amber = Cerca del objetivo: { $kpis }.
against-target = { $name } ({ $value }; objetivo: { $target })

# Las mayores variaciones de los KPI. $direction es improving, worsening o steady.
kpi-change = { $direction ->
    [improving] { $name }: mejora de { $from } a { $to } ({ $change }).
    [worsening] { $name }: empeora de { $from } a { $to } ({ $change }).
   *[steady] { $name }: estable, de { $from } a { $to } ({ $change }).
}

# Acciones de mejora del período.
actions-summary = { $overdue ->
    [0] Acciones de mejora — nuevas: { $new }; completadas: { $done }.
   *[other] Acciones de mejora — nuevas: { $new }; completadas: { $done }; fuera de plazo: { $overdue }.
}

## El correo electrónico que acompaña a una revisión

# $document es monthly, qbr o annual; $client el nombre del cliente; $period el período.
email-subject = { $client } · { $document ->
    [qbr] Revisión trimestral de negocio
    [annual] Revisión anual y renovación
   *[monthly] Revisión mensual del servicio
} · { $period }
email-greeting = Estimado/a { $name }:
email-attached = { $document ->
    [qbr] Le adjuntamos su revisión trimestral de negocio del { $period }.
    [annual] Le adjuntamos su revisión anual correspondiente a { $period }.
   *[monthly] Le adjuntamos su revisión mensual del servicio de { $period }.
}
email-slas = Acuerdos de nivel de servicio:
email-sla = { $name }: { $attainment } (meta: { $goal })
email-sla-missed = { $name }: { $attainment } (meta: { $goal }; no cumplido)
email-actions = Acciones de mejora que revisar:
email-action-overdue = { $id } { $title }: fuera de plazo desde el { $due }
email-action-new = { $id } { $title }: nueva
email-action-new-due = { $id } { $title }: nueva, vence el { $due }
email-regards = Saludos cordiales,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Revisión de la cartera
clients_reviewed = Clientes revisados
health_across_book = Estado de la cartera
clients_at_risk = Clientes por riesgo
renewals_ahead = Renovaciones en los próximos 12 meses
recurring_revenue = Ingresos recurrentes
satisfaction_volume = Satisfacción y volumen de tickets
failed_clients = Clientes no revisados: datos con errores
client = Cliente
risk_score = Riesgo
risk_reasons = Motivos
credits_period = Créditos del periodo
currency = Moneda
mrr = Ingresos recurrentes mensuales
new_business = Nuevos
expansion = Expansión
contraction = Contracción
churned = Perdidos
per_client = Por cliente
gross_retention = Retención bruta
net_retention = Retención neta
fee_before = Cuota anterior
fee_now = Cuota actual
tickets_month = Tickets abiertos
all_clients = Todos los clientes
kpis_red_short = KPI en rojo
slas_missed_short = SLA incumplidos
risk-slas-missed = { $count ->
    [one] SLA incumplido: { $names }
   *[other] { $count } SLA incumplidos: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI en rojo: { $names }
   *[other] { $count } KPI en rojo: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI en ámbar: { $names }
   *[other] { $count } KPI en ámbar: { $names }
}
risk-credit = crédito de servicio de { $amount }
risk-worsening = peor que el periodo anterior: { $names }
risk-overdue = { $count ->
    [one] una acción de mejora vencida
   *[other] { $count } acciones de mejora vencidas
}
risk-none = nada preocupante
slas-met-count = { $met } de { $total } cumplidos
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Ingresos recurrentes mensuales
estate_not_covered = Dispositivos y usuarios sin cobertura
devices_counted = Dispositivos contados
users_counted = Usuarios contados
covered = Cubiertos
not_covered = Sin cobertura
no_reviews = No se pudo revisar ningún cliente en este periodo.
no_renewals = Ningún contrato vence en los próximos 12 meses.
fee_changes = Cuotas que cambiaron
legend_csf = Estado del FCE
legend_sla = Resultado del SLA
converted-total = Total en { $currency }
renewals-urgent = { $count ->
    [one] uno con preaviso en los próximos 90 días
   *[other] { $count } con preaviso en los próximos 90 días
}
rate-item = 1 { $from } = { $rate }
rates-used = Convertido a { $rates }.
rates-used-dated = Convertido a { $rates }, tipos de cambio del { $date }.
more-clients = { $count ->
    [one] Un cliente más no aparece aquí; todos los clientes están en el JSON de la cartera (--json).
   *[other] { $count } clientes más no aparecen aquí; todos los clientes están en el JSON de la cartera (--json).
}

## Decisiones y finanzas, lo que pasó, riesgos, el plan, la renovación, acerca de estas cifras
decisions_money = Decisiones y finanzas
no_decisions = No hay ninguna decisión pendiente.
decision = Decisión
amount = Importe
renewal_proposal = Propuesta de renovación
credits_owed = Créditos de servicio adeudados
estate_beyond = Parque fuera del contrato
asks = Lo que le pedimos
events_title = Incidentes graves y cambios
event_incident = Incidente
event_change = Cambio
event_security = Seguridad
severity_minor = Menor
severity_major = Grave
severity_critical = Crítica
event = Evento
cause = Causa
answered_by = Acciones de respuesta
business_impact = Impacto en el negocio
service = Servicio
cost_per_hour = Costo por hora
cost = Costo
risks_title = Riesgos
no_risks = No hay riesgos inscritos en el registro.
risk = Riesgo
likelihood = Probabilidad
impact = Impacto
score = Puntuación
mitigation = Mitigación
risk_grid = Riesgos abiertos por probabilidad e impacto
risk_changes = Desde la última revisión
risks_closed = Cerrados en este período
risk_open = Abierto
risk_mitigating = En mitigación
risk_accepted = Aceptado
risk_closed = Cerrado
risk_security = Seguridad
risk_continuity = Continuidad
risk_compliance = Cumplimiento normativo
risk_capacity = Capacidad
risk_lifecycle = Ciclo de vida
risk_supplier = Proveedor
risk_other = Otro
plan_title = El plan y su presupuesto
roadmap = Hoja de ruta
initiative = Iniciativa
budget_forecast = Previsión presupuestaria
one_off = Puntual
recurring = Recurrente
device_refresh = Renovación de dispositivos
devices_due = Dispositivos
initiatives_done = Completadas en este período
initiative_proposed = Propuesta
initiative_approved = Aprobada
initiative_in_progress = En curso
initiative_done = Completada
initiative_deferred = Aplazada
initiative_declined = Rechazada
initiative_security = Seguridad
initiative_infrastructure = Infraestructura
initiative_lifecycle = Ciclo de vida
initiative_cloud = Nube
initiative_compliance = Cumplimiento normativo
initiative_continuity = Continuidad
initiative_productivity = Productividad
initiative_other = Otra
budget_chart_note = Previsión de cada trimestre: costos puntuales y recurrentes de la hoja de ruta, y los dispositivos que deben reemplazarse.
term = Duración
annual_fee_now = Cuota anual actual
proposed_annual_fee = Cuota anual propuesta
true_up_year = Parque fuera del contrato, por un año
scope_changes = Cambios en el alcance
about_figures = Acerca de estas cifras
what_happened_title = Lo que pasó
source_period_files = Archivos de período
source_tickets = Exportaciones de tickets
source_calendar = Calendario
source_devices = Lista de dispositivos
source_rules = Cómo se calculan las cifras
a-month = { $amount } al mes
a-year = { $amount } al año
users-affected = { $count ->
    [one] un usuario afectado
   *[other] { $count } usuarios afectados
}
users-covered = { $count ->
    [one] { $count } usuario cubierto
   *[other] { $count } usuarios cubiertos
}
impact-none = Sin indisponibilidad no planificada en el período.
impact-hours = { $downtime } de indisponibilidad no planificada en el período.
impact-costed = { $downtime } de indisponibilidad no planificada en el período, lo que supuso para su negocio un costo aproximado de { $cost }, según los costos por hora que nos indicó.
review-overdue = revisión pendiente desde el { $date }
risk-new = Nuevo: { $id } { $title } (puntuación { $score }).
risk-closed-now = Cerrado: { $id } { $title }.
risk-up = Sube: { $id } { $title }, puntuación { $from } → { $score }.
risk-down = Baja: { $id } { $title }, puntuación { $from } → { $score }.
devices-due = { $count ->
    [one] Uno de los { $total } dispositivos de la lista debe reemplazarse en los próximos { $quarters } trimestres
   *[other] { $count } de los { $total } dispositivos de la lista deben reemplazarse en los próximos { $quarters } trimestres
}{ $overdue ->
    [0] .
    [one] , y uno de ellos ya ha superado su fecha de renovación.
   *[other] , y { $overdue } de ellos ya han superado su fecha de renovación.
}
decision-notice = Renovación o rescisión del contrato { $id }
credits-for = Adeudados por { $items }.
renewal-term = { $months ->
    [one] { $months } mes
   *[other] { $months } meses
} a partir del { $start }
renewal-economics = Proponemos { $term } por { $monthly } al mes ({ $annual } al año), frente a { $now } al año actualmente: { $change }.
renewal-true-up = El parque actual fuera del contrato costaría { $amount } al año a los precios del contrato.
renewal-credits = Créditos de servicio pagados en el año: { $amount }.
source-periods = { $total ->
    [one] Hay archivo de período para { $count } de { $total } mes: { $files }.
   *[other] Hay archivo de período para { $count } de { $total } meses: { $files }.
} Los KPI introducidos en esos archivos y las encuestas se toman tal como están; la disponibilidad se calcula a partir de los minutos indicados.
source-tickets = { $files }: { $rows ->
    [one] { $rows } fila leída
   *[other] { $rows } filas leídas
}, { $skipped ->
    [one] { $skipped } omitida
   *[other] { $skipped } omitidas
}. Un ticket cuenta en el mes en que se abrió, según la zona horaria { $timezone }; los tiempos de resolución y de respuesta se miden según el calendario del SLA.
source-calendar = { $hours }, zona horaria { $timezone }, { $holidays ->
    [one] { $holidays } día festivo
   *[other] { $holidays } días festivos
}.
source-devices = { $file }: { $count ->
    [one] { $count } dispositivo, que debe reemplazarse según la política de renovación de su tipo.
   *[other] { $count } dispositivos, cada uno de los cuales debe reemplazarse según la política de renovación de su tipo.
}
source-rules = El cumplimiento de un SLA es el número de tickets en plazo dividido entre la suma de los tickets en plazo y fuera de plazo; los tickets aún abiertos y dentro del objetivo se listan, pero no se cuentan. La disponibilidad son los minutos programados menos el mantenimiento y la indisponibilidad, divididos entre los minutos programados menos el mantenimiento. Un trimestre o un año se calcula a partir de sus meses: los tickets y los minutos se suman, los niveles son los del cierre del período y los promedios se ponderan por aquello que promedian.
unplanned_downtime = Tiempo de inactividad no planificado
figures-as-of = Cifras a { $date }
first_to_last_quarter = Primer → último trimestre
same_months_before = Mismos meses un año antes
same-months-note = Comparado con los mismos { $count } meses un año antes ({ $from } a { $to }): los meses de { $period } con datos.
biggest_moves = Los mayores cambios y lo que los explica
move = Cambio
explained_by = Explicado por
in_the_notes = las notas del período
no_explanation = No consta ninguna explicación
source_terms = Términos
source-terms = P1 a P4 son las prioridades de los tickets, P1 la más urgente. CSI (mejora continua del servicio) es el registro de acciones acordadas con usted. Un cambio en p. p. (puntos porcentuales) es la diferencia entre dos porcentajes. El corte es el momento en que se exportaron los tickets: un ticket aún abierto entonces, dentro de su objetivo, está pendiente. El presupuesto de inactividad es la inactividad no planificada que permite un objetivo de disponibilidad.
source-priorities = Las prioridades de su PSA: { $priorities }.
appendix = Anexo
