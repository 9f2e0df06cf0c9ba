//! Beijing time for the host: the plugin has no clock, so the host is the only source.

use anyhow::{Result, bail};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::calendar::civil_from_days;

/// Beijing is UTC+8 all year (no daylight saving).
const OFFSET_SECONDS: i64 = 8 * 3600;

/// Now, RFC 3339 with +08:00, from the system clock.
pub fn system_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format_unix(secs)
}

/// A Unix time as RFC 3339 in Beijing time.
pub fn format_unix(secs: i64) -> String {
    let local = secs + OFFSET_SECONDS;
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    let s = local.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+08:00",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// Accept only `YYYY-MM-DDTHH:MM:SS+08:00`, the one form the contract uses.
pub fn check_rfc3339(t: &str) -> Result<()> {
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        r.into_iter()
            .all(|i| b.get(i).is_some_and(u8::is_ascii_digit))
    };
    let ok = b.len() == 25
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && &t[19..] == "+08:00";
    if !ok {
        bail!("时间格式应为 YYYY-MM-DDTHH:MM:SS+08:00：{t}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_beijing_time() {
        // 2026-01-01T00:00:00Z is 08:00 in Beijing.
        assert_eq!(format_unix(1_767_225_600), "2026-01-01T08:00:00+08:00");
        assert!(check_rfc3339(&system_now()).is_ok());
        assert!(check_rfc3339("2026-01-01 08:00:00").is_err());
    }
}

/// Seconds since the Unix epoch of a `YYYY-MM-DDTHH:MM:SS+08:00` instant.
pub fn parse_unix(t: &str) -> Result<i64> {
    check_rfc3339(t)?;
    let n = |r: std::ops::Range<usize>| -> i64 { t[r].parse().unwrap_or(0) };
    let days = crate::calendar::days_from_civil(n(0..4), n(5..7) as u32, n(8..10) as u32);
    Ok(days * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19) - OFFSET_SECONDS)
}

/// `t` moved by `seconds` (may be negative), in Beijing time.
pub fn add_seconds(t: &str, seconds: i64) -> Result<String> {
    Ok(format_unix(parse_unix(t)? + seconds))
}

#[cfg(test)]
mod arithmetic {
    use super::*;

    #[test]
    fn instants_round_trip_and_move() {
        let t = "2026-09-30T23:30:00+08:00";
        assert_eq!(format_unix(parse_unix(t).unwrap()), t);
        assert_eq!(add_seconds(t, 3600).unwrap(), "2026-10-01T00:30:00+08:00");
        assert_eq!(
            add_seconds(t, -86_400).unwrap(),
            "2026-09-29T23:30:00+08:00"
        );
    }
}
