//! KPI status (RAG) against target and warning threshold, by the KPI's direction.

use crate::model::Better;
use crate::review::Status;

/// Tolerance for comparing a value with a threshold: values are typed with a few
/// decimals, and 74.99999999999 computed from 75 must count as 75.
pub const EPS: f64 = 1e-9;

/// Whether `value` meets `threshold` in the direction `better`.
pub fn meets(value: f64, threshold: f64, better: Better) -> bool {
    match better {
        Better::Higher => value >= threshold - EPS,
        Better::Lower => value <= threshold + EPS,
    }
}

/// Green when the target is met; amber when not met but the warning threshold is;
/// red otherwise (also when there is no warning threshold); no-data without a value.
pub fn status(value: Option<f64>, target: f64, warning: Option<f64>, better: Better) -> Status {
    let Some(v) = value else {
        return Status::NoData;
    };
    if meets(v, target, better) {
        Status::Green
    } else if warning.is_some_and(|w| meets(v, w, better)) {
        Status::Amber
    } else {
        Status::Red
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Better::*;

    #[test]
    fn higher_is_better_boundaries() {
        // FCR target 75, warning 70.
        assert_eq!(status(Some(75.0), 75.0, Some(70.0), Higher), Status::Green); // exactly the target
        assert_eq!(status(Some(74.99), 75.0, Some(70.0), Higher), Status::Amber);
        assert_eq!(status(Some(70.0), 75.0, Some(70.0), Higher), Status::Amber); // exactly the warning
        assert_eq!(status(Some(69.99), 75.0, Some(70.0), Higher), Status::Red);
        assert_eq!(status(Some(74.0), 75.0, None, Higher), Status::Red);
        // 0.1 + 0.2 style noise does not flip the status.
        assert_eq!(status(Some(0.1 + 0.2), 0.3, None, Higher), Status::Green);
    }

    #[test]
    fn lower_is_better_boundaries() {
        // MTTR target 4 h, warning 6 h.
        assert_eq!(status(Some(4.0), 4.0, Some(6.0), Lower), Status::Green);
        assert_eq!(status(Some(3.0), 4.0, Some(6.0), Lower), Status::Green);
        assert_eq!(status(Some(4.01), 4.0, Some(6.0), Lower), Status::Amber);
        assert_eq!(status(Some(6.0), 4.0, Some(6.0), Lower), Status::Amber);
        assert_eq!(status(Some(6.01), 4.0, Some(6.0), Lower), Status::Red);
        // Zero is a value, not missing data: 0 devices uncovered against target 0.
        assert_eq!(status(Some(0.0), 0.0, Some(5.0), Lower), Status::Green);
    }

    #[test]
    fn no_value_is_no_data_never_zero() {
        assert_eq!(status(None, 75.0, Some(70.0), Higher), Status::NoData);
        assert_eq!(status(None, 0.0, None, Lower), Status::NoData);
    }
}
