//! The survey section: CSAT, NPS and CES over the period, from every response of its
//! months pooled (never the mean of monthly scores).

use crate::evaluate::{Frame, Inputs, survey};
use crate::review::{Score, SurveyResults};
use crate::text::Locale;

/// The period's survey scores.
pub fn build(inp: &Inputs, f: &Frame) -> SurveyResults {
    let pooled = inp.surveys_over(f.period);
    let loc = inp.locale;
    SurveyResults {
        csat: survey::csat(&pooled.csat).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: loc.percent(v * 100.0, 1),
            responses_text: responses(loc, n),
        }),
        nps: survey::nps(&pooled.nps).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: loc.number(v, 0),
            responses_text: responses(loc, n),
        }),
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
