//! Formats of text and number fields (the contract's `text-format`), and the
//! hand-written checks behind them (no regex crate).

use super::credit_code;
use super::limits::TITLE_SUFFIX;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::TextFormat;

/// 统一社会信用代码 (GB 32100-2015).
pub const CREDIT_CODE: TextFormat = TextFormat::CreditCode;
/// Landline: `0371-12345678`, `037112345678`, `0371-12345678-123` (extension), `400-123-4567`.
pub const PHONE: TextFormat = TextFormat::Phone;
/// Fax, written like a landline.
pub const FAX: TextFormat = TextFormat::Fax;
/// Mainland mobile number: `1[3-9]` followed by 9 digits.
pub const MOBILE: TextFormat = TextFormat::Mobile;
/// A landline or a mobile number.
pub const PHONE_OR_MOBILE: TextFormat = TextFormat::PhoneOrMobile;
pub const EMAIL: TextFormat = TextFormat::Email;
/// 6-digit postcode.
pub const POSTCODE: TextFormat = TextFormat::Postcode;
/// 18-character 居民身份证号码 (GB 11643, ISO 7064 MOD 11-2 check character).
pub const ID_NUMBER: TextFormat = TextFormat::IdNumber;
/// 质量标杆名称: （企业）+（典型方法技术）+（经验）, so it ends with 经验.
pub const BENCHMARK_TITLE: TextFormat = TextFormat::BenchmarkTitle;
/// Whole numbers only.
pub const INTEGER: TextFormat = TextFormat::Integer;
/// At most one decimal (scores).
pub const ONE_DECIMAL: TextFormat = TextFormat::OneDecimal;

/// A refused value: stable code and Chinese message.
pub type Problem = (&'static str, String);

/// Checks trimmed, non-empty text against a text format.
pub fn check_text(format: TextFormat, label: &str, s: &str) -> Option<Problem> {
    let bad = |code: &'static str, what: &str| Some((code, format!("{label}{what}")));
    match format {
        CREDIT_CODE => match credit_code::check(s) {
            Ok(()) => None,
            Err(code) if code == credit_code::CHECK_DIGIT => {
                bad(code, "校验位不正确，请核对营业执照")
            }
            Err(code) => bad(
                code,
                "格式不正确：应为18位数字或大写英文字母（不使用I、O、Z、S、V）",
            ),
        },
        PHONE | FAX if !is_landline(s) => {
            bad("bad-phone", "格式不正确，应为区号加号码，如0371-12345678")
        }
        MOBILE if !is_mobile(s) => bad("bad-mobile", "应为11位手机号码"),
        PHONE_OR_MOBILE if !is_landline(s) && !is_mobile(s) => {
            bad("bad-phone", "应为固定电话（如0371-12345678）或11位手机号码")
        }
        EMAIL if !is_email(s) => bad("bad-email", "格式不正确"),
        POSTCODE if !is_postcode(s) => bad("bad-postcode", "应为6位数字"),
        ID_NUMBER if !is_id_number(s) => bad("bad-id-number", "不是有效的18位居民身份证号码"),
        BENCHMARK_TITLE if !s.ends_with(TITLE_SUFFIX) => bad(
            "naming-rule",
            "应符合“（企业）+（典型方法技术）+（经验）”的命名规则，以“经验”结尾，如：××公司实施六西格玛设计的经验",
        ),
        _ => None,
    }
}

/// Checks a finite number against a number format.
pub fn check_number(format: TextFormat, label: &str, x: f64) -> Option<Problem> {
    match format {
        INTEGER if x.fract() != 0.0 => Some(("not-integer", format!("{label}必须是整数"))),
        ONE_DECIMAL if ((x * 10.0).round() - x * 10.0).abs() > 1e-6 => {
            Some(("too-many-decimals", format!("{label}最多保留一位小数")))
        }
        _ => None,
    }
}

fn digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// `0371-12345678`, `037112345678`, `010-1234567-89`, `400-123-4567`.
pub fn is_landline(s: &str) -> bool {
    let area = |a: &str| a.starts_with('0') && digits(a, 3, 4);
    let parts: Vec<&str> = s.split('-').collect();
    let service = s.replace('-', "");
    if (service.starts_with("400") || service.starts_with("800")) && digits(&service, 10, 10) {
        return true;
    }
    match parts.as_slice() {
        [n] => n.starts_with('0') && digits(n, 10, 12),
        [a, local] => area(a) && digits(local, 7, 8),
        [a, local, ext] => area(a) && digits(local, 7, 8) && digits(ext, 1, 6),
        _ => false,
    }
}

/// `1[3-9]\d{9}`.
pub fn is_mobile(s: &str) -> bool {
    let b = s.as_bytes();
    digits(s, 11, 11) && b[0] == b'1' && (b'3'..=b'9').contains(&b[1])
}

pub fn is_postcode(s: &str) -> bool {
    digits(s, 6, 6)
}

/// A plain `local@domain.tld` address (ASCII).
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()));
    s.len() <= 254 && local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}

/// `YYYY-MM-DD` naming a real calendar date.
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).filter(|p| digits(p, 1, 4))?.parse::<u32>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    (y >= 1 && d >= 1 && d <= days_in_month(y, m)?).then_some((y, m, d))
}

fn days_in_month(y: u32, m: u32) -> Option<u32> {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 => Some(if leap { 29 } else { 28 }),
        _ => None,
    }
}

/// 18-character 居民身份证号码: region, real birth date, ISO 7064 MOD 11-2 check character.
pub fn is_id_number(s: &str) -> bool {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: &[u8; 11] = b"10X98765432";
    let b = s.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) || !(b'1'..=b'8').contains(&b[0]) {
        return false;
    }
    let birth = format!("{}-{}-{}", &s[6..10], &s[10..12], &s[12..14]);
    if parse_date(&birth).is_none_or(|(y, _, _)| y < 1900) {
        return false;
    }
    let sum: u32 = b[..17]
        .iter()
        .zip(WEIGHTS)
        .map(|(c, w)| u32::from(c - b'0') * w)
        .sum();
    b[17].to_ascii_uppercase() == CHECK[(sum % 11) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landlines() {
        for ok in [
            "0371-12345678",
            "037112345678",
            "010-1234567",
            "0371-12345678-123",
            "400-123-4567",
            "4001234567",
        ] {
            assert!(is_landline(ok), "{ok}");
        }
        for bad in [
            "",
            "12345678",
            "371-12345678",
            "0371-123456",
            "0371-12345678-",
            "0371 12345678",
            "0371-1234567a",
            "13812345678",
        ] {
            assert!(!is_landline(bad), "{bad}");
        }
    }

    #[test]
    fn mobiles() {
        assert!(is_mobile("13812345678"));
        assert!(is_mobile("19912345678"));
        for bad in [
            "12812345678",
            "1381234567",
            "138123456789",
            "23812345678",
            "1381234567x",
            "１３８１２３４５６７８",
        ] {
            assert!(!is_mobile(bad), "{bad}");
        }
    }

    #[test]
    fn emails() {
        for ok in ["zl@zzjg.com.cn", "quality.dept+2026@example.com", "a@b.cn"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "zl",
            "zl@",
            "@x.cn",
            "zl@x",
            "zl@@x.cn",
            "zl@x..cn",
            "z l@x.cn",
            ".zl@x.cn",
            "zl@-x.cn",
            "zl@x.c1",
            "质量@x.cn",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn postcodes() {
        assert!(is_postcode("450000"));
        assert!(is_postcode("100080"));
        for bad in ["45000", "4500001", "45000a", ""] {
            assert!(!is_postcode(bad), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2026-03-01"), Some((2026, 3, 1)));
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2000-02-29").is_some());
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-00-10",
            "2026-1-01",
            "2026/03/01",
            "26-03-01",
            "2026-03-0a",
            "2026-03-+1",
        ] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn id_numbers() {
        // The GB 11643 example number, and one ending in X.
        assert!(is_id_number("11010519491231002X"));
        assert!(is_id_number("11010519491231002x"));
        assert!(!is_id_number("440524188001010014")); // born before 1900
        let first17 = "41010219900307123";
        let valid: Vec<char> = "0123456789X"
            .chars()
            .filter(|c| is_id_number(&format!("{first17}{c}")))
            .collect();
        assert_eq!(valid.len(), 1, "exactly one check character fits");
        assert!(!is_id_number("110105194912310021"));
        assert!(!is_id_number("11010519491331002X")); // month 13
        assert!(!is_id_number("11010519491231002"));
        assert!(!is_id_number("91010519491231002X")); // no region starts with 9
    }

    #[test]
    fn number_formats() {
        assert!(check_number(INTEGER, "人数", 5.0).is_none());
        assert_eq!(
            check_number(INTEGER, "人数", 5.5).map(|p| p.0),
            Some("not-integer")
        );
        assert!(check_number(ONE_DECIMAL, "得分", 8.5).is_none());
        assert!(check_number(ONE_DECIMAL, "得分", 7.3).is_none());
        assert_eq!(
            check_number(ONE_DECIMAL, "得分", 8.25).map(|p| p.0),
            Some("too-many-decimals")
        );
    }
}
