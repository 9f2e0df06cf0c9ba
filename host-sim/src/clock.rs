//! Beijing time for the host: the plugin has no clock, so the host is the only source.
//! Every instant the contract carries is `YYYY-MM-DDTHH:MM:SS+08:00` (jiff does the
//! arithmetic; this module keeps the one format).

use anyhow::{Context, Result, bail};
use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};

/// Beijing is UTC+8 all year (no daylight saving).
fn beijing() -> TimeZone {
    TimeZone::fixed(Offset::constant(8))
}

fn format(ts: Timestamp) -> String {
    ts.to_zoned(beijing())
        .strftime("%Y-%m-%dT%H:%M:%S+08:00")
        .to_string()
}

/// Now, RFC 3339 with +08:00, from the system clock.
pub fn system_now() -> String {
    format(Timestamp::now())
}

/// A Unix time as RFC 3339 in Beijing time.
pub fn format_unix(secs: i64) -> String {
    Timestamp::from_second(secs).map_or_else(|_| system_now(), format)
}

/// Accept only `YYYY-MM-DDTHH:MM:SS+08:00`, the one form the contract uses.
pub fn check_rfc3339(t: &str) -> Result<()> {
    parse_unix(t).map(|_| ())
}

/// Seconds since the Unix epoch of a `YYYY-MM-DDTHH:MM:SS+08:00` instant.
pub fn parse_unix(t: &str) -> Result<i64> {
    let shape = t.len() == 25 && t.get(10..11) == Some("T") && t.ends_with("+08:00");
    if !shape {
        bail!("时间格式应为 YYYY-MM-DDTHH:MM:SS+08:00：{t}");
    }
    let ts: Timestamp = t
        .parse()
        .with_context(|| format!("时间格式应为 YYYY-MM-DDTHH:MM:SS+08:00：{t}"))?;
    Ok(ts.as_second())
}

/// `t` moved by `seconds` (may be negative), in Beijing time.
pub fn add_seconds(t: &str, seconds: i64) -> Result<String> {
    Ok(format_unix(parse_unix(t)? + seconds))
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
        assert!(check_rfc3339("2026-02-30T08:00:00+08:00").is_err());
        assert!(check_rfc3339("2026-01-01T08:00:00Z").is_err());
    }

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
