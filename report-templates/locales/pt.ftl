# svcreview: os textos dos relatórios, em português do Brasil.
#
# Sintaxe Fluent (https://projectfluent.org/fluent/guide/). Para alterar um texto, copie
# a mensagem para <diretório de templates>/locales/<idioma>.ftl; as mensagens que você não
# copiar mantêm o texto original. Para adicionar um idioma, copie este arquivo inteiro para
# locales/<tag>.ftl (por exemplo, pl.ftl ou pt-PT.ftl) e traduza todos os valores;
# `svcreview validate` lista os que ainda faltam.
#
# Há dois tipos de mensagem:
# - Rótulos (ids em snake_case, sem $variáveis): títulos, cabeçalhos de coluna, palavras
#   avulsas. Os templates os exibem como estão.
# - Frases (ids em kebab-case, com $variáveis): o svcreview preenche as variáveis.
#   As variáveis chamadas $count, $total, $met, ... são números (use-as em seletores de
#   plural: [one], [few], [many], *[other], conforme o idioma exigir); todas as demais
#   variáveis são texto já formatado para o idioma (um valor com sua unidade, uma data,
#   um nome, uma lista já unida com o "e" do idioma).
#   Mantenha todas as variáveis de cada mensagem; posicione-as onde o idioma pedir.


## Rótulos

monthly_title = Revisão mensal de serviços
prepared_for = Preparado para
prepared_by = Preparado por
period = Período
contract = Contrato
sdm = Gerente de entrega de serviços
contents = Sumário
issued = Data de emissão
at_a_glance = Visão geral
measured_by = Medido por
no_credits_short = nenhum devido
csat_short = Satisfação do cliente
nps_short = Net Promoter Score
budget_allows = Indisponibilidade permitida
level_at_period_end = Nível no fim do período
month = Mês
total = Total
other_kpis = Outros KPIs
charts_note = Evolução mensal nos últimos doze meses, em relação à meta mensal.
at_period_end = em aberto no fim do período
credits_quarter = Créditos de serviço no trimestre
kind = Tipo
proposal = Proposta
agenda = Agenda
thank_you = Obrigado
next_review = Próxima revisão
dashboard = Painel
sla_by_month = SLAs mês a mês
kpi_slides = Indicadores-chave de desempenho
months = Meses
your_sdm = Seu gerente de entrega de serviços
next_review_qbr = Próxima revisão trimestral
next_review_annual = Próxima revisão anual
at_period_end_kpi = no fim do período
charts_note_qbr = Evolução mensal nos últimos doze meses, em relação à meta mensal; os meses deste trimestre aparecem sombreados.
executive_summary = Resumo executivo
csf_at_a_glance = Fatores críticos de sucesso: visão geral
slas = Acordos de nível de serviço
sla = SLA
measure = Métrica
goal = Objetivo
attainment = Atingimento
margin = Margem
trend = Tendência
result = Resultado
tickets = Chamados
met = Cumprido
missed = Não cumprido
breached = Fora do prazo
pending = Pendente
uptime = Disponibilidade
downtime = Indisponibilidade
maintenance = Manutenção
service_credits = Créditos de serviço
credit = Crédito
no_credits = Não há créditos de serviço devidos neste período.
kpis_by_csf = KPIs por fator crítico de sucesso
kpi = KPI
csf = Fator crítico de sucesso
kpis_on_target = KPIs dentro da meta
red_lower = fora da meta
amber_lower = perto da meta
value = Valor
target = Meta
previous_month = Mês anterior
change = Variação
year_ago = Há um ano
status = Situação
trends = KPIs mês a mês
sla_history = SLAs mês a mês
surveys = Feedback dos clientes
csat = Satisfação do cliente (CSAT)
nps = Net Promoter Score (NPS)
ces = Índice de esforço do cliente (CES)
csi = Melhoria contínua de serviço
csi_new = Novas neste período
csi_done = Concluídas neste período
csi_overdue = Em atraso
csi_open = Em andamento
action = Ação
owner = Responsável
due = Prazo
notes = Notas do seu gerente de entrega de serviços
what_happened = O que aconteceu, mês a mês
renewal_decision_by = Decisão de renovação até
reconciliation = Números digitados que as exportações de tickets medem de outra forma
miss = Não cumprido ou fora da meta
misses_answered = Falhas e as ações que as tratam
no_action_recorded = Nenhuma ação registrada
no_renewal_recommendation = Nenhuma recomendação de renovação foi registrada ainda.
no_recommendations = Nenhuma recomendação foi registrada para este trimestre.
no_data = sem dados
no_actions = Nenhuma ação.
green = Dentro da meta
amber = Perto da meta
red = Fora da meta
no-data = Sem dados
improving = em melhora
worsening = em piora
steady = estável
open = Aberta
in-progress = Em andamento
done = Concluída
cancelled = Cancelada
target_line = Meta
goal_line = Objetivo
confidential = Confidencial
qbr_title = Revisão trimestral de negócios
annual_title = Revisão anual e renovação
previous_quarter = Trimestre anterior
quarter = Trimestre
year = Ano
previous_year = Ano anterior
recommendations = Recomendações
next_focus = Prioridades para o próximo trimestre
restated = Valores corrigidos desde a última revisão
restated_note = Estes valores diferem dos apresentados na revisão anterior porque, desde então, dados ou definições foram corrigidos.
presented = Apresentado
now = Atual
contract_renewal = Contrato e renovação
contract_end = Término do contrato
notice_period = Prazo de aviso prévio
notice_deadline = Data-limite do aviso prévio
annual_value = Valor anual
credits_year = Créditos de serviço no ano
renewal_recommendation = Recomendação de renovação
proposals = Propostas para a renovação
sla_grid = Resultados dos SLAs mês a mês
kpi_yoy = Comparativo anual dos KPIs
sla_kind = Alteração de SLA
kpi_kind = KPI
csf_kind = Alteração de fator crítico de sucesso
other_kind = Outro
ticket_volume = Volume de chamados e backlog
opened = Abertos
closed = Resolvidos
backlog = Backlog
fcr_short = Resolução no primeiro contato
escalation_short = Escalonados
opened_per_month = Chamados abertos por mês
backlog_per_month = Backlog no fim de cada mês
ticket_times = Tempos de resposta e resolução
basis = Base de cálculo
mean = Média
median = Mediana
p90 = Percentil 90
first_response = Primeira resposta
resolution_time = Resolução
business = horário comercial
around_the_clock = 24 horas por dia
elapsed = tempo corrido
breaches = Violações de SLA e chamados pendentes na data de corte
ticket = Chamado
opened_at = Abertura
actual = Realizado
over = Excesso

# Formas de alguns rótulos no meio da frase, como aparecem depois de um ponto e vírgula
# numa linha da apresentação (em português, com inicial minúscula).
previous_quarter_inline = trimestre anterior
previous_year_inline = ano anterior
budget_allows_inline = indisponibilidade permitida
credit_inline = crédito

## Frases

# Rodapé da página: "Página 3 de 12".
page-of = Página { $page } de { $pages }

# Um período. $quarter vai de 1 a 4, $year é p. ex. 2026; $from e $to são meses ("abril de 2026").
period-quarter = { $quarter }º trimestre de { $year }
period-range = { $from } – { $to }

# Um nome ou um mês com o valor ao lado: "Disponibilidade do ERP (99,1%)".
with-figure = { $name } ({ $figure })
# A missed ticket SLA: how many more tickets met would have met the goal.
tickets-short = { $count ->
    [one] faltou um ticket para a meta
   *[other] faltaram { $count } tickets para a meta
}
with-figure-short = { $name } ({ $figure }, { $short })

# Uma variação em pontos percentuais: "+2,1 p.p.". $value é o número com sinal.
change-points = { $amount ->
   *[other] { $value } p.p.
}

# Contagens, como frases curtas.
responses-count = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
days-overdue = { $count ->
    [one] { $count } dia de atraso
   *[other] { $count } dias de atraso
}
devices-covered = { $count ->
    [one] { $count } dispositivo coberto
   *[other] { $count } dispositivos cobertos
}
rows-skipped = { $count ->
    [one] { $count } linha das exportações de chamados foi ignorada por estar ilegível; ela consta no JSON.
   *[other] { $count } linhas das exportações de chamados foram ignoradas por estarem ilegíveis; elas constam no JSON.
}
more-breaches = { $count ->
    [one] Há mais { $count } violação que não está listada aqui; seu gerente de entrega de serviços pode fornecer a lista completa.
   *[other] Há mais { $count } violações que não estão listadas aqui; seu gerente de entrega de serviços pode fornecer a lista completa.
}
# Chamados de um SLA: "42 no prazo · 3 fora do prazo · 1 em andamento".
sla-counts = { $met } no prazo · { $breached } fora do prazo
sla-counts-pending = { $met } no prazo · { $breached } fora do prazo · { $pending } em andamento
# Minutos de um SLA de disponibilidade; $downtime e $maintenance são durações ("42 min").
availability-minutes = { $downtime } de indisponibilidade · { $maintenance } de manutenção
# A parcela consumida da indisponibilidade permitida: "40% consumido".
budget-used = { $share } consumido
# A meta mensal de um KPI ao lado do gráfico: "Meta de 20 por mês".
target-per-month = Meta de { $target } por mês
# As linhas de meta e de objetivo dos gráficos: "Meta 75%", "Objetivo 99,9%".
chart-target = Meta { $value }
chart-goal = Objetivo { $value }
# Quando uma ação de melhoria foi aberta e encerrada; $date é uma data.
action-opened = aberta em { $date }
action-closed = encerrada em { $date }

# O que um SLA mede. $priority é o nome da prioridade do cliente (P1), $within uma
# duração (4 h), $calendar o nome do calendário do cliente (24x7, comercial).
measure-response = Resposta a { $priority } em até { $within }, { $calendar }
measure-resolution = Resolução de { $priority } em até { $within }, { $calendar }
measure-uptime = Disponibilidade de { $service }

# Créditos de serviço. $share é um percentual, $amount um valor em dinheiro, $month um mês.
credit-share = { $share } da mensalidade
credit-share-amount = { $amount } ({ $share } da mensalidade)
months-credited = { $count ->
    [one] { $count } mês com crédito
   *[other] { $count } meses com crédito
}
credit-total = { $share } ({ $amount })

# Em quantos meses um SLA atingiu o objetivo.
# A level over a quarter or year: the months whose own value was not on target.
kpi-months-off-target = fora da meta em { $off } de { $total } meses
months-met-none = Nenhum mês a medir
months-met-last-12 = Cumprido em { $met } dos últimos 12 meses
months-met-with-data = { $total ->
    [one] Cumprido em { $met } de { $total } mês com dados (últimos 12)
   *[other] Cumprido em { $met } de { $total } meses com dados (últimos 12)
}
months-met = { $total ->
    [one] { $met } de { $total } mês cumprido
   *[other] { $met } de { $total } meses cumpridos
}

# Uma comparação omitida: "Sem comparação: 2024 tem dados de apenas 2 dos seus 12 meses."
not-compared = Sem comparação: { $period } tem dados de apenas { $have } dos seus { $need } meses.

# A data-limite do aviso prévio do contrato, contada a partir do fim do período.
notice-passed = { $count ->
    [one] venceu { $count } dia antes do fim do período
   *[other] venceu { $count } dias antes do fim do período
}
notice-today = o último dia do período
notice-days-left = { $count ->
    [one] { $count } dia após o fim do período
   *[other] { $count } dias após o fim do período
}
# What happens when nobody acts by the notice deadline.
by-default-renews = Sem aviso até essa data, o contrato é renovado por { $months ->
    [one] um mês
   *[other] { $months } meses
}, até { $until }.
by-default-renewed = Salvo aviso dado até essa data, o contrato é renovado por { $months ->
    [one] um mês
   *[other] { $months } meses
}, até { $until }.
by-default-ends = Salvo renovação acordada, o contrato termina em { $end }.
# The summary's first sentence when the renewal is near: the decision to take.
notice-summary = Prazo de aviso do contrato { $id }: { $deadline }, { $when }. { $default }
notice-summary-passed = O prazo de aviso do contrato { $id } foi { $deadline } ({ $when }). { $default }
# A typed KPI against the ticket exports' measure of it.
reconcile-differs = { $name } consta como { $typed } nos arquivos de período; as exportações de tickets medem { $measured } em { $tickets ->
    [one] um ticket
   *[other] { $tickets } tickets
} do mesmo período. O KPI mostra o número digitado; o outro é medido nos tickets do período nas exportações.
reconcile-differs-plain = { $name } consta como { $typed } nos arquivos de período; as exportações de tickets medem { $measured } no mesmo período. O KPI mostra o número digitado; o outro é medido nos tickets do período nas exportações.
# The estate beyond what the contract covers, and what it costs a month.
beyond-devices = { $count ->
    [one] um dispositivo
   *[other] { $count } dispositivos
} além dos { $covered } cobertos
beyond-users = { $count ->
    [one] um usuário
   *[other] { $count } usuários
} além dos { $covered } cobertos
estate-beyond = Em { $month }, o parque tinha { $items }; o contrato não define preço para eles.
estate-beyond-priced = Em { $month }, o parque tinha { $items }: { $amount } por mês aos preços do contrato.

## O resumo executivo: cada mensagem é uma frase.

# Fatores críticos de sucesso. $others é uma lista das frases csfs-count-* aplicáveis,
# unidas com "e": "1 perto da meta e 2 fora da meta".
csfs-none = Não há fatores críticos de sucesso definidos.
csfs-all-on-target = { $total ->
    [one] O fator crítico de sucesso está dentro da meta.
   *[other] Todos os { $total } fatores críticos de sucesso estão dentro da meta.
}
csfs-none-on-target = { $total ->
    [one] O fator crítico de sucesso não está dentro da meta: { $others }.
   *[other] Nenhum dos { $total } fatores críticos de sucesso está dentro da meta: { $others }.
}
csfs-some-on-target = Dos { $total } fatores críticos de sucesso, { $green ->
    [one] { $green } está dentro da meta
   *[other] { $green } estão dentro da meta
}; { $others }.
csfs-count-amber = { $count } perto da meta
csfs-count-red = { $count } fora da meta
csfs-count-no-data = { $count } sem dados

# SLAs. $longer é "yes" num trimestre ou ano e "no" nos demais casos. $missed é uma lista
# dos SLAs não cumpridos com seus valores: "Resposta a P1 (80,0%) e Disponibilidade do
# ERP (99,1%)".
slas-none = Nenhum SLA é medido.
slas-nothing-measured = Nenhum SLA teve o que medir neste período.
slas-all-met = { $met ->
    [one] { $longer ->
        [yes] O SLA foi cumprido no período como um todo.
       *[no] O SLA foi cumprido.
    }
   *[other] { $longer ->
        [yes] Todos os { $met } SLAs foram cumpridos no período como um todo.
       *[no] Todos os { $met } SLAs foram cumpridos.
    }
}
slas-all-met-some-empty = { $met ->
    [one] O SLA com dados foi cumprido; { $no_data } sem nada a medir.
   *[other] Todos os { $met } SLAs com dados foram cumpridos; { $no_data } sem nada a medir.
}
slas-some-missed = { $met ->
    [one] { $met } de { $measured } SLAs foi cumprido; abaixo do objetivo: { $missed }.
   *[other] { $met } de { $measured } SLAs foram cumpridos; abaixo do objetivo: { $missed }.
}

# Um SLA cumprido no trimestre ou no ano que não foi cumprido em alguns meses. $months é
# uma lista de meses com seus valores: "maio de 2026 (94,1%) e junho de 2026 (93,0%)".
missed-months = { $count ->
    [one] { $name } atingiu o objetivo no período como um todo, mas não o atingiu em { $count } mês: { $months }.
   *[other] { $name } atingiu o objetivo no período como um todo, mas não o atingiu em { $count } meses: { $months }.
}

# Créditos de serviço devidos. $items é uma lista de frases credit-item.
credits-due = São devidos créditos de serviço de { $amount } neste período.
credits-due-items = São devidos créditos de serviço de { $amount }: { $items }.
credit-item = { $name } ({ $attainment })
credit-item-month = { $name } em { $month } ({ $attainment })

# KPIs que exigem atenção; $kpis é uma lista de frases against-target.
attention-red = Fora da meta: { $kpis }.
attention-amber = Perto da meta: { $kpis }.
against-target = { $name } ({ $value }; meta: { $target })

# As maiores variações dos KPIs. $direction é improving, worsening ou steady.
kpi-change = { $direction ->
    [improving] { $name }: melhoria de { $from } para { $to } ({ $change }).
    [worsening] { $name }: piora de { $from } para { $to } ({ $change }).
   *[steady] { $name }: estável, de { $from } para { $to } ({ $change }).
}

# Ações de melhoria do período.
actions-summary = { $overdue ->
    [0] Ações de melhoria — novas: { $new }; concluídas: { $done }.
   *[other] Ações de melhoria — novas: { $new }; concluídas: { $done }; em atraso: { $overdue }.
}

## O e-mail que acompanha uma revisão

# $document é monthly, qbr ou annual; $client o nome do cliente; $period o período.
email-subject = { $client } · { $document ->
    [qbr] Revisão trimestral de negócios
    [annual] Revisão anual e renovação
   *[monthly] Revisão mensal de serviços
} · { $period }
email-greeting = Prezado(a) { $name },
email-attached = { $document ->
    [qbr] Segue em anexo sua revisão trimestral de negócios do { $period }.
    [annual] Segue em anexo sua revisão anual referente a { $period }.
   *[monthly] Segue em anexo sua revisão mensal de serviços de { $period }.
}
email-slas = Acordos de nível de serviço:
email-sla = { $name }: { $attainment } (objetivo: { $goal })
email-sla-missed = { $name }: { $attainment } (objetivo: { $goal }; não cumprido)
email-actions = Ações de melhoria para discussão:
email-action-overdue = { $id } { $title }: em atraso desde { $due }
email-action-new = { $id } { $title }: nova
email-action-new-due = { $id } { $title }: nova, com prazo em { $due }
email-regards = Atenciosamente,

## The portfolio review (every client for the MSP's leadership). $names is a list of
## names already joined; $amount a sum of money; $met, $total and $count numbers.

portfolio_title = Revisão da carteira
clients_reviewed = Clientes revisados
health_across_book = Saúde da carteira
clients_at_risk = Clientes por risco
renewals_ahead = Renovações nos próximos 12 meses
recurring_revenue = Receita recorrente
satisfaction_volume = Satisfação e volume de chamados
failed_clients = Clientes não revisados: dados com erro
client = Cliente
risk_score = Risco
risk_reasons = Motivos
credits_period = Créditos do período
currency = Moeda
mrr = Receita recorrente mensal
new_business = Novos
expansion = Expansão
contraction = Contração
churned = Perdidos
per_client = Por cliente
gross_retention = Retenção bruta
net_retention = Retenção líquida
fee_before = Mensalidade anterior
fee_now = Mensalidade atual
tickets_month = Chamados abertos
all_clients = Todos os clientes
kpis_red_short = KPIs em vermelho
slas_missed_short = SLAs não cumpridos
risk-slas-missed = { $count ->
    [one] SLA não cumprido: { $names }
   *[other] { $count } SLAs não cumpridos: { $names }
}
risk-kpis-red = { $count ->
    [one] KPI em vermelho: { $names }
   *[other] { $count } KPIs em vermelho: { $names }
}
risk-kpis-amber = { $count ->
    [one] KPI em amarelo: { $names }
   *[other] { $count } KPIs em amarelo: { $names }
}
risk-credit = crédito de serviço de { $amount }
risk-worsening = pior que no período anterior: { $names }
risk-overdue = { $count ->
    [one] uma ação de melhoria atrasada
   *[other] { $count } ações de melhoria atrasadas
}
risk-none = nada preocupante
slas-met-count = { $met } de { $total } cumpridos
# Devices and users, the reporting currency and its rates ($rates is a list of
# rate-item phrases; $rate an amount in the reporting currency), empty states.
mrr_short = Receita recorrente mensal
estate_not_covered = Dispositivos e utilizadores não cobertos
devices_counted = Dispositivos contados
users_counted = Utilizadores contados
covered = Cobertos
not_covered = Não cobertos
no_reviews = Nenhum cliente pôde ser revisto neste período.
no_renewals = Nenhum contrato termina nos próximos 12 meses.
fee_changes = Mensalidades alteradas
legend_csf = Estado dos FCS
legend_sla = Resultado dos SLA
converted-total = Total em { $currency }
renewals-urgent = { $count ->
    [one] um com pré-aviso nos próximos 90 dias
   *[other] { $count } com pré-aviso nos próximos 90 dias
}
rate-item = 1 { $from } = { $rate }
rates-used = Convertido à taxa de { $rates }.
rates-used-dated = Convertido à taxa de { $rates }, câmbios de { $date }.
more-clients = { $count ->
    [one] Mais um cliente não está listado aqui; todos os clientes estão no JSON da carteira (--json).
   *[other] Mais { $count } clientes não estão listados aqui; todos os clientes estão no JSON da carteira (--json).
}

## Decisões e finanças, o que aconteceu, riscos, o plano, a renovação, sobre estes números
decisions_money = Decisões e finanças
no_decisions = Nenhuma decisão pendente.
decision = Decisão
amount = Valor
renewal_proposal = Proposta de renovação
credits_owed = Créditos de serviço devidos
estate_beyond = Parque além do contrato
asks = O que pedimos a você
events_title = Incidentes graves e mudanças
event_incident = Incidente
event_change = Mudança
event_security = Segurança
severity_minor = Leve
severity_major = Grave
severity_critical = Crítica
event = Evento
cause = Causa
answered_by = Ações de resposta
business_impact = Impacto no negócio
service = Serviço
cost_per_hour = Custo por hora
cost = Custo
risks_title = Riscos
no_risks = Não há riscos no registro de riscos.
risk = Risco
likelihood = Probabilidade
impact = Impacto
score = Pontuação
mitigation = Mitigação
risk_grid = Riscos abertos por probabilidade e impacto
risk_changes = Desde a última revisão
risks_closed = Encerrados neste período
risk_open = Aberto
risk_mitigating = Em mitigação
risk_accepted = Aceito
risk_closed = Encerrado
risk_security = Segurança
risk_continuity = Continuidade
risk_compliance = Conformidade
risk_capacity = Capacidade
risk_lifecycle = Ciclo de vida
risk_supplier = Fornecedor
risk_other = Outro
plan_title = O plano e seu orçamento
roadmap = Roadmap
initiative = Iniciativa
budget_forecast = Previsão orçamentária
one_off = Pontual
recurring = Recorrente
device_refresh = Renovação de dispositivos
devices_due = Dispositivos
initiatives_done = Concluídas neste período
initiative_proposed = Proposta
initiative_approved = Aprovada
initiative_in_progress = Em andamento
initiative_done = Concluída
initiative_deferred = Adiada
initiative_declined = Recusada
initiative_security = Segurança
initiative_infrastructure = Infraestrutura
initiative_lifecycle = Ciclo de vida
initiative_cloud = Nuvem
initiative_compliance = Conformidade
initiative_continuity = Continuidade
initiative_productivity = Produtividade
initiative_other = Outra
budget_chart_note = Previsão de cada trimestre: custos pontuais e recorrentes do roadmap e os dispositivos que precisam ser substituídos.
term = Vigência
annual_fee_now = Valor anual atual
proposed_annual_fee = Valor anual proposto
true_up_year = Parque além do contrato, por um ano
scope_changes = Mudanças no escopo
about_figures = Sobre estes números
what_happened_title = O que aconteceu
source_period_files = Arquivos de período
source_tickets = Exportações de chamados
source_calendar = Calendário
source_devices = Lista de dispositivos
source_rules = Como os números são calculados
a-month = { $amount } por mês
a-year = { $amount } por ano
users-affected = { $count ->
    [one] { $count } usuário afetado
   *[other] { $count } usuários afetados
}
users-covered = { $count ->
    [one] { $count } usuário coberto
   *[other] { $count } usuários cobertos
}
impact-none = Nenhuma indisponibilidade não planejada no período.
impact-hours = { $downtime } de indisponibilidade não planejada no período.
impact-costed = { $downtime } de indisponibilidade não planejada no período, o que custou à sua empresa cerca de { $cost }, segundo os custos por hora que você nos informou.
review-overdue = revisão atrasada desde { $date }
risk-new = Novo: { $id } { $title } (pontuação { $score }).
risk-closed-now = Encerrado: { $id } { $title }.
risk-up = Subiu: { $id } { $title }, pontuação { $from } → { $score }.
risk-down = Caiu: { $id } { $title }, pontuação { $from } → { $score }.
devices-due = { $count ->
    [one] { $count } dos { $total } dispositivos da lista precisa ser substituído nos próximos { $quarters } trimestres
   *[other] { $count } dos { $total } dispositivos da lista precisam ser substituídos nos próximos { $quarters } trimestres
}{ $overdue ->
    [0] .
    [one] , e um deles já passou da data de renovação.
   *[other] , e { $overdue } deles já passaram da data de renovação.
}
decision-notice = Renovação ou rescisão do contrato { $id }
credits-for = Devidos por { $items }.
renewal-term = { $months ->
    [one] { $months } mês
   *[other] { $months } meses
} a partir de { $start }
renewal-economics = Propomos { $term }, ao valor de { $monthly } por mês ({ $annual } por ano), em comparação com { $now } por ano atualmente: { $change }.
renewal-true-up = O parque atual além do contrato custaria { $amount } por ano aos preços do contrato.
renewal-credits = Créditos de serviço pagos no ano: { $amount }.
source-periods = { $total ->
    [one] Há arquivo de período para { $count } de { $total } mês: { $files }.
   *[other] Há arquivo de período para { $count } de { $total } meses: { $files }.
} Os KPIs digitados nesses arquivos e as pesquisas são considerados como estão; a disponibilidade é calculada a partir dos minutos informados.
source-tickets = { $files }: { $rows ->
    [one] { $rows } linha lida
   *[other] { $rows } linhas lidas
}, { $skipped ->
    [0] nenhuma ignorada
    [one] { $skipped } ignorada
   *[other] { $skipped } ignoradas
}. Um chamado conta no mês em que foi aberto, no fuso horário { $timezone }; os tempos de resolução e de resposta são medidos pelo calendário do SLA.
source-calendar = { $hours }, fuso horário { $timezone }, { $holidays ->
    [0] nenhum feriado
    [one] { $holidays } feriado
   *[other] { $holidays } feriados
}.
source-devices = { $file }: { $count ->
    [one] { $count } dispositivo, a ser substituído conforme a política de renovação do seu tipo.
   *[other] { $count } dispositivos, cada um a ser substituído conforme a política de renovação do seu tipo.
}
source-rules = O atingimento de um SLA é o número de chamados no prazo dividido pela soma dos chamados no prazo e fora do prazo; chamados ainda abertos e dentro da meta são listados, mas não contados. A disponibilidade é o tempo programado menos manutenção e indisponibilidade, dividido pelo tempo programado menos manutenção, em minutos. Um trimestre ou ano é calculado a partir de seus meses: chamados e minutos são somados, os níveis são os do fim do período e as médias são ponderadas por aquilo sobre o que são calculadas.
unplanned_downtime = Indisponibilidade não planejada
figures-as-of = Números de { $date }
first_to_last_quarter = Primeiro → último trimestre
same_months_before = Mesmos meses um ano antes
same-months-note = Comparado com os mesmos { $count } meses um ano antes ({ $from } a { $to }): os meses de { $period } com dados.
biggest_moves = As maiores variações e o que as explica
move = Variação
explained_by = Explicado por
in_the_notes = as notas do período
no_explanation = Nenhuma explicação registrada
source_terms = Termos
source-terms = P1 a P4 são as prioridades dos chamados, P1 a mais urgente. CSI (melhoria contínua do serviço) é o registro das ações combinadas com você. Uma variação em p.p. (pontos percentuais) é a diferença entre duas porcentagens. O corte é o momento da exportação dos chamados: um chamado ainda aberto nesse momento, dentro da meta, está pendente. O orçamento de indisponibilidade é a indisponibilidade não planejada que uma meta de disponibilidade permite.
source-priorities = As prioridades do seu PSA: { $priorities }.
appendix = Anexo
