//! Value checks the XML alone can prove, with Chinese reasons. Copies of the plugin's
//! lists (`plugin/src/district.rs`, `plugin/src/forms/limits.rs`) and of its GB 32100
//! check (`plugin/src/forms/credit_code.rs`): this module must not depend on the plugin
//! crate, and the exchange format is versioned on its own.

/// The 16 开发区、区县（市） of Zhengzhou (code, name), as in `plugin/src/district.rs`.
pub const ZHENGZHOU_DISTRICTS: [(&str, &str); 16] = [
    ("zhongyuan", "中原区"),
    ("erqi", "二七区"),
    ("guancheng", "管城回族区"),
    ("jinshui", "金水区"),
    ("shangjie", "上街区"),
    ("huiji", "惠济区"),
    ("zhongmu", "中牟县"),
    ("gongyi", "巩义市"),
    ("xingyang", "荥阳市"),
    ("xinmi", "新密市"),
    ("xinzheng", "新郑市"),
    ("dengfeng", "登封市"),
    ("zhengdong", "郑东新区"),
    ("gaoxin", "高新区"),
    ("jingkai", "经开区"),
    ("hangkonggang", "航空港区"),
];

/// 第五条 遴选方向 codes.
pub const DIRECTION_CODES: [&str; 4] = ["tqm", "next-gen-it", "new-models", "specialised"];

/// 第五条 key industries and `other`, the choices of 附件1 所属行业.
pub const INDUSTRY_CODES: [&str; 13] = [
    "electronics",
    "auto-equipment",
    "new-materials",
    "biomedicine",
    "aluminium",
    "modern-food",
    "home-apparel",
    "new-it",
    "ai",
    "5g",
    "new-energy",
    "energy-saving",
    "other",
];

/// A refused value: the Chinese reason, without position.
pub type Reason = String;

/// The district's code, or why it is not a Zhengzhou district.
pub fn district(code: &str) -> Result<(), Reason> {
    if ZHENGZHOU_DISTRICTS.iter().any(|(c, _)| *c == code) {
        Ok(())
    } else {
        Err(format!(
            "所在地区“{code}”不在郑州市：应为郑州市16个开发区、区县（市）的代码之一（如zhongyuan 中原区）"
        ))
    }
}

/// 统一社会信用代码 characters in value order (GB 32100: no I, O, Z, S, V).
const CREDIT_CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn credit_value(c: u8) -> Option<u32> {
    CREDIT_CHARSET
        .iter()
        .position(|&x| x == c)
        .map(|p| p as u32)
}

/// The GB 32100 check character of the first 17 characters, if well formed.
pub fn credit_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (&c, w) in b.iter().zip(CREDIT_WEIGHTS) {
        sum += credit_value(c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    Some(char::from(CREDIT_CHARSET[check as usize]))
}

/// 统一社会信用代码: 18 characters, division digits, check character.
pub fn credit_code(code: &str) -> Result<(), Reason> {
    let b = code.as_bytes();
    let well_formed = b.len() == 18
        && b.iter().all(|&c| credit_value(c).is_some())
        && b[2..8].iter().all(u8::is_ascii_digit);
    if !well_formed {
        return Err(format!(
            "统一社会信用代码“{code}”格式不正确：应为18位数字或大写英文字母（不使用I、O、Z、S、V）"
        ));
    }
    match credit_check_char(&code[..17]) {
        Some(c) if c as u8 == b[17] => Ok(()),
        Some(c) => Err(format!(
            "统一社会信用代码“{code}”校验位不正确：第18位应为{c}"
        )),
        None => Err(format!("统一社会信用代码“{code}”格式不正确")),
    }
}

/// A code from a configured list (directions, industries).
pub fn one_of(value: &str, allowed: &[String], label: &str) -> Result<(), Reason> {
    if allowed.iter().any(|a| a == value) {
        Ok(())
    } else {
        Err(format!(
            "{label}“{value}”不是本年度的可选项（可选：{}）",
            allowed.join("、")
        ))
    }
}

/// Whether `s` is `digits` ASCII digits.
fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// A calendar date `YYYY-MM-DD` (xs:date without time zone).
pub fn date(s: &str, label: &str) -> Result<(), Reason> {
    let bad = || {
        Err(format!(
            "{label}“{s}”不是有效日期，应为YYYY-MM-DD，如2026-03-16"
        ))
    };
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts[..] else { return bad() };
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return bad();
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return bad();
    };
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return bad(),
    };
    if day == 0 || day > days {
        return bad();
    }
    Ok(())
}

/// `hh:mm` (`parts` = 2) or `hh:mm:ss` (`parts` = 3) on a 24-hour clock.
fn clock(s: &str, parts: usize) -> bool {
    let p: Vec<&str> = s.split(':').collect();
    p.len() == parts
        && p.iter().all(|x| digits(x, 2))
        && p.iter().enumerate().all(|(i, x)| {
            let max = if i == 0 { 23 } else { 59 };
            x.parse::<u32>().is_ok_and(|v| v <= max)
        })
}

/// An RFC 3339 time with offset: `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`.
pub fn date_time(s: &str, label: &str) -> Result<(), Reason> {
    let bad = || {
        Err(format!(
            "{label}“{s}”不是有效时间，应为RFC 3339格式，如2026-03-16T10:20:00+08:00"
        ))
    };
    let Some((day, rest)) = s.split_once('T') else {
        return bad();
    };
    let (Some(time), Some(mut zone)) = (rest.get(..8), rest.get(8..)) else {
        return bad();
    };
    if let Some(frac) = zone.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return bad();
        }
        zone = &frac[n..];
    }
    let zone_ok = zone == "Z"
        || (zone.len() == 6 && matches!(zone.as_bytes()[0], b'+' | b'-') && clock(&zone[1..], 2));
    if date(day, label).is_ok() && clock(time, 3) && zone_ok {
        Ok(())
    } else {
        bad()
    }
}

/// A decimal number as the schema's `amount` type: `-?[0-9]+(\.[0-9]+)?`, no exponent.
pub fn decimal(s: &str, label: &str) -> Result<f64, Reason> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(body.contains('.') && frac.is_empty());
    match s.parse::<f64>() {
        Ok(x) if ok && x.is_finite() => Ok(x),
        _ => Err(format!("{label}“{s}”不是有效数字，应如1234.5")),
    }
}

/// A whole number ≥ 0.
pub fn count(s: &str, label: &str) -> Result<u32, Reason> {
    match s.parse::<u32>() {
        Ok(n) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(format!("{label}“{s}”应为不小于0的整数")),
    }
}

/// xs:boolean.
pub fn boolean(s: &str, label: &str) -> Result<bool, Reason> {
    match s {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(format!("{label}应为true或false，而不是“{s}”")),
    }
}

/// 邮编: 6 digits.
pub fn postcode(s: &str) -> Result<(), Reason> {
    if digits(s, 6) {
        Ok(())
    } else {
        Err(format!("邮编“{s}”应为6位数字"))
    }
}

/// Hex SHA-256: 64 hexadecimal digits.
pub fn digest(s: &str) -> Result<(), Reason> {
    if s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(format!("印章摘要“{s}”应为64位十六进制SHA-256值"))
    }
}

/// Text no longer than `max` characters (the regulation counts characters, not bytes).
pub fn max_chars(s: &str, max: usize, label: &str) -> Result<(), Reason> {
    let n = s.chars().count();
    if n <= max {
        Ok(())
    } else {
        Err(format!("{label}共{n}字，超过{max}字的限制"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid code from its first 17 characters.
    pub(crate) fn complete(first17: &str) -> String {
        format!("{first17}{}", credit_check_char(first17).unwrap_or('?'))
    }

    #[test]
    fn credit_codes() {
        assert_eq!(credit_code("91350100M000100Y43"), Ok(()));
        let err = credit_code("91350100M000100Y44").unwrap_err();
        assert!(err.contains("校验位不正确：第18位应为3"), "{err}");
        assert!(
            credit_code("91350100I000100Y43")
                .unwrap_err()
                .contains("格式")
        );
        assert_eq!(credit_code(&complete("91410102MA44XKQ7P")), Ok(()));
    }

    #[test]
    fn dates_and_times() {
        assert!(date("2024-02-29", "x").is_ok());
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-04-31",
            "",
        ] {
            assert!(date(bad, "x").is_err(), "{bad}");
        }
        for good in [
            "2026-03-16T10:20:00+08:00",
            "2026-03-16T02:20:00Z",
            "2026-03-16T10:20:00.123+08:00",
        ] {
            assert!(date_time(good, "x").is_ok(), "{good}");
        }
        for bad in [
            "2026-03-16",
            "2026-03-16T24:00:00Z",
            "2026-03-16T10:20:00",
            "2026-03-16T10:20:00+8:00",
            "2026-03-16T10:60:00Z",
        ] {
            assert!(date_time(bad, "x").is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(decimal("-12.5", "x"), Ok(-12.5));
        assert_eq!(decimal("3", "x"), Ok(3.0));
        for bad in ["1e5", "inf", "NaN", "", "1.", ".5", "+1", "1,000", "０"] {
            assert!(decimal(bad, "x").is_err(), "{bad}");
        }
        assert_eq!(count("120", "x"), Ok(120));
        assert!(count("-1", "x").is_err());
        assert!(count("+1", "x").is_err());
    }

    #[test]
    fn districts_and_lists() {
        assert!(district("guancheng").is_ok());
        assert!(district("kaifeng").unwrap_err().contains("不在郑州市"));
        let allowed = vec!["tqm".to_string()];
        assert!(one_of("ai", &allowed, "遴选方向").is_err());
        assert!(max_chars("一二三", 3, "x").is_ok());
        assert!(max_chars("一二三四", 3, "x").unwrap_err().contains("共4字"));
    }
}
