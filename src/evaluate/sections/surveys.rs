//! The survey section: CSAT, NPS and CES over the period, from every response of its
//! months pooled (never the mean of monthly scores).

use crate::evaluate::{Frame, Inputs, survey};
use crate::review::{Score, SurveyResults};
use crate::text::Locale;

/// The period's survey scores.
pub fn build(inp: &Inputs, f: &Frame) -> SurveyResults {
    let pooled = inp.surveys_over(&f.period.months());
    let loc = inp.locale;
    // The previous period only when every one of its months has a period file: part
    // of a quarter would compare short.
    let complete = f
        .previous
        .months()
        .iter()
        .all(|m| inp.periods.contains_key(m));
    let before = complete.then(|| inp.surveys_over(&f.previous.months()));
    let csat = |s: &crate::model::Surveys| {
        survey::csat(&s.csat).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: loc.percent(v * 100.0, 1),
            responses_text: responses(loc, n),
        })
    };
    let nps = |s: &crate::model::Surveys| {
        survey::nps(&s.nps).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: loc.number(v, 0),
            responses_text: responses(loc, n),
        })
    };
    SurveyResults {
        csat: csat(&pooled),
        nps: nps(&pooled),
        csat_previous: before.as_ref().and_then(csat),
        nps_previous: before.as_ref().and_then(nps),
        ces: survey::ces(&pooled.ces).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: loc.number(v, 1),
            responses_text: responses(loc, n),
        }),
    }
}

/// `12 responses`.
pub fn responses(loc: &Locale, n: usize) -> String {
    loc.say("responses-count", &[("count", n.into())])
}
