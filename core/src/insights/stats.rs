//! Small, honest statistics: means, standard deviations, an effect size, smoothing.

/// Mean of `xs`, or `None` when empty.
pub fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Sample standard deviation (n − 1), or `None` below two values.
pub fn sd(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let m = mean(xs)?;
    Some((xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt())
}

/// Cohen's d with a pooled standard deviation. `None` when either side has fewer than
/// two values; 0 when both sides have no spread.
pub fn cohens_d(a: &[f64], b: &[f64]) -> Option<f64> {
    let (ma, mb) = (mean(a)?, mean(b)?);
    let (sa, sb) = (sd(a)?, sd(b)?);
    let pooled = (((a.len() - 1) as f64 * sa * sa + (b.len() - 1) as f64 * sb * sb)
        / (a.len() + b.len() - 2) as f64)
        .sqrt();
    if pooled == 0.0 {
        return Some(0.0);
    }
    Some((ma - mb) / pooled)
}

/// A centred moving average of width `window` (odd), skipping missing values; a point
/// with no values in its window stays missing.
pub fn smooth(values: &[Option<f64>], window: usize) -> Vec<Option<f64>> {
    let half = window / 2;
    (0..values.len())
        .map(|i| {
            let lo = i.saturating_sub(half);
            let hi = (i + half + 1).min(values.len());
            let present: Vec<f64> = values[lo..hi].iter().flatten().copied().collect();
            mean(&present)
        })
        .collect()
}

/// Rounds to two decimals for stable JSON.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(mean(&[1.0, 2.0, 3.0]), Some(2.0));
        assert_eq!(mean(&[]), None);
        assert!((sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).unwrap() - 2.138).abs() < 0.001);
        let d = cohens_d(&[4.0, 5.0, 4.0, 5.0], &[2.0, 3.0, 2.0, 3.0]).unwrap();
        assert!((d - 3.464).abs() < 0.01, "{d}");
        assert_eq!(cohens_d(&[3.0, 3.0], &[3.0, 3.0]), Some(0.0));
        assert_eq!(cohens_d(&[3.0], &[3.0, 4.0]), None);
        let s = smooth(&[Some(1.0), None, Some(3.0), Some(5.0)], 3);
        assert_eq!(s, vec![Some(1.0), Some(2.0), Some(4.0), Some(4.0)]);
    }
}
