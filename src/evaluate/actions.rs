//! The CSI register as of a period: which actions are new, done, overdue or open.

use chrono::NaiveDate;

use crate::model::{Action, ActionStatus, ClientDef};
use crate::review::{ActionView, Actions};
use crate::text::{Arg, Locale};

/// An action's status as its label's key (`in-progress`).
pub fn status_key(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Open => "open",
        ActionStatus::InProgress => "in-progress",
        ActionStatus::Done => "done",
        ActionStatus::Cancelled => "cancelled",
    }
}

/// Puts each action of the period's register in one list, by precedence: done this
/// period; overdue (due before the period's last day, not done or cancelled); opened
/// this period; open. Actions done in earlier periods and cancelled ones are left out.
pub fn classify(
    register: &[Action],
    first: NaiveDate,
    end: NaiveDate,
    def: &ClientDef,
    loc: &Locale,
) -> Actions {
    let within = |d: NaiveDate| d >= first && d <= end;
    let mut out = Actions::default();
    for a in register {
        let closed_now = a.closed.is_some_and(|d| within(d.0));
        // Only an action still open can be overdue; a done one keeps its due date.
        let overdue_days = a
            .due
            .map(|d| (end - d.0).num_days())
            .filter(|&d| d > 0)
            .filter(|_| !matches!(a.status, ActionStatus::Done | ActionStatus::Cancelled));
        let list = match a.status {
            ActionStatus::Done if closed_now => &mut out.done,
            ActionStatus::Done | ActionStatus::Cancelled => continue,
            _ if overdue_days.is_some() => &mut out.overdue,
            _ if a.opened.is_some_and(|d| within(d.0)) => &mut out.new,
            _ => &mut out.open,
        };
        let status = status_key(a.status);
        list.push(ActionView {
            id: a.id.clone(),
            title: a.title.clone(),
            owner: a.owner.clone(),
            due: a.due.map(|d| d.0.to_string()),
            due_text: a.due.map(|d| loc.date(d.0)),
            status: status.into(),
            status_text: loc.label(status).to_string(),
            csf: a
                .csf
                .as_ref()
                .and_then(|id| def.csfs.iter().find(|c| &c.id == id))
                .map(|c| c.name.clone()),
            kpi: a
                .kpi
                .as_ref()
                .and_then(|id| def.kpis.iter().find(|k| &k.id == id))
                .map(|k| k.name.clone()),
            days_overdue: overdue_days,
            days_overdue_text: overdue_days
                .map(|n| loc.say("days-overdue", &[("count", Arg::from(n))])),
            opened: a.opened.map(|d| d.0.to_string()),
            closed: a.closed.map(|d| d.0.to_string()),
            opened_text: a
                .opened
                .map(|d| loc.say("action-opened", &[("date", loc.date(d.0).into())])),
            closed_text: a
                .closed
                .map(|d| loc.say("action-closed", &[("date", loc.date(d.0).into())])),
        });
    }
    out
}
