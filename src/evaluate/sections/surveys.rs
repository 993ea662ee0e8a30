//! The survey section: CSAT, NPS and CES over the period, from every response of its
//! months pooled (never the mean of monthly scores).

use crate::evaluate::{Frame, Inputs, survey};
use crate::review::{Score, SurveyResults};
use crate::text::format as fmt;

/// The period's survey scores.
pub fn build(inp: &Inputs, f: &Frame) -> SurveyResults {
    let pooled = inp.surveys_over(f.period);
    SurveyResults {
        csat: survey::csat(&pooled.csat).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: format!("{}%", fmt::number(v * 100.0, 1)),
        }),
        nps: survey::nps(&pooled.nps).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: fmt::number(v, 0),
        }),
        ces: survey::ces(&pooled.ces).map(|(v, n)| Score {
            value: v,
            responses: n,
            text: fmt::number(v, 1),
        }),
    }
}
