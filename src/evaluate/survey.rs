//! Survey scores from raw responses: CSAT, NPS, CES.

/// Share of 4s and 5s on a 1–5 scale (0–1), with the response count.
pub fn csat(scores: &[u8]) -> Option<(f64, usize)> {
    if scores.is_empty() {
        return None;
    }
    let happy = scores.iter().filter(|&&s| s >= 4).count();
    Some((happy as f64 / scores.len() as f64, scores.len()))
}

/// % promoters (9–10) − % detractors (0–6), from −100 to 100.
pub fn nps(scores: &[u8]) -> Option<(f64, usize)> {
    if scores.is_empty() {
        return None;
    }
    let n = scores.len() as f64;
    let promoters = scores.iter().filter(|&&s| s >= 9).count() as f64;
    let detractors = scores.iter().filter(|&&s| s <= 6).count() as f64;
    Some((100.0 * (promoters - detractors) / n, scores.len()))
}

/// Mean effort score (1–7).
pub fn ces(scores: &[u8]) -> Option<(f64, usize)> {
    if scores.is_empty() {
        return None;
    }
    let sum: u64 = scores.iter().map(|&s| u64::from(s)).sum();
    Some((sum as f64 / scores.len() as f64, scores.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_hand() {
        // 5,4,5,3,5: four of five are 4 or 5 → 0.8.
        assert_eq!(csat(&[5, 4, 5, 3, 5]), Some((0.8, 5)));
        // 10,9,6,8: promoters 2, detractors 1, passives 1 → (2−1)/4 = 25.
        assert_eq!(nps(&[10, 9, 6, 8]), Some((25.0, 4)));
        // 7 and 8 are passives; all passives → 0.
        assert_eq!(nps(&[7, 8, 7]), Some((0.0, 3)));
        // 2 promoters, 1 detractor of 3 → 33.33…; rounding is the formatter's job.
        let (v, _) = nps(&[9, 10, 0]).unwrap();
        assert!((v - 100.0 / 3.0).abs() < 1e-12);
        assert_eq!(ces(&[2, 3, 4]), Some((3.0, 3)));
        assert_eq!(csat(&[]), None);
        assert_eq!(nps(&[]), None);
        assert_eq!(ces(&[]), None);
    }
}
