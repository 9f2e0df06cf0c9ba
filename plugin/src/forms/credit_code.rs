//! 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority (1),
//! organisation type (1), administrative division (6, GB/T 2260), organisation code (9)
//! and a check character over the first 17.

/// Error code: wrong length or characters.
pub const FORMAT: &str = "credit-code-format";
/// Error code: the 18th character does not match.
pub const CHECK_DIGIT: &str = "credit-code-check-digit";

/// The 31 characters of the code, in value order (no I, O, Z, S, V).
const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn value(c: u8) -> Option<u32> {
    CHARSET.iter().position(|&x| x == c).map(|p| p as u32)
}

/// The check character for the first 17 characters, if they are well formed.
pub fn check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (&c, w) in b.iter().zip(WEIGHTS) {
        sum += value(c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    Some(char::from(CHARSET[check as usize]))
}

/// Checks a code; `Err` carries [`FORMAT`] or [`CHECK_DIGIT`].
pub fn check(code: &str) -> Result<(), &'static str> {
    let b = code.as_bytes();
    let well_formed = b.len() == 18
        && b.iter().all(|&c| value(c).is_some())
        && b[2..8].iter().all(u8::is_ascii_digit);
    if !well_formed {
        return Err(FORMAT);
    }
    match check_char(&code[..17]) {
        Some(c) if c as u8 == b[17] => Ok(()),
        _ => Err(CHECK_DIGIT),
    }
}

/// The GB/T 2260 administrative division (characters 3–8) of a well-formed code.
pub fn division(code: &str) -> Option<&str> {
    let d = code.get(2..8)?;
    (code.len() == 18 && d.bytes().all(|b| b.is_ascii_digit())).then_some(d)
}

/// Whether a valid code was issued in Zhengzhou (division 4101xx).
pub fn in_zhengzhou(code: &str) -> bool {
    check(code).is_ok()
        && division(code).is_some_and(|d| d.starts_with(crate::district::ZHENGZHOU_DIVISION_PREFIX))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid code from its first 17 characters (test helper, also used by form tests).
    pub(crate) fn complete(first17: &str) -> String {
        let c = check_char(first17).expect("well-formed first 17 characters");
        format!("{first17}{c}")
    }

    #[test]
    fn known_real_code_is_valid() {
        assert_eq!(check("91350100M000100Y43"), Ok(()));
        assert_eq!(check("91350100M000100Y44"), Err(CHECK_DIGIT));
        assert_eq!(division("91350100M000100Y43"), Some("350100"));
    }

    #[test]
    fn computed_codes() {
        let code = complete("91410102MA44XKQ7P");
        assert_eq!(check(&code), Ok(()));
        assert_eq!(division(&code), Some("410102"));
        assert!(in_zhengzhou(&code));
        // Every other check character is refused.
        let wrong = CHARSET
            .iter()
            .filter(|&&c| c != code.as_bytes()[17])
            .count();
        assert_eq!(wrong, 30);
        for &c in CHARSET.iter().filter(|&&c| c != code.as_bytes()[17]) {
            let bad = format!("{}{}", &code[..17], char::from(c));
            assert_eq!(check(&bad), Err(CHECK_DIGIT), "{bad}");
        }
        assert!(!in_zhengzhou("91350100M000100Y43"));
    }

    #[test]
    fn check_char_31_maps_to_zero() {
        // Search a code whose weighted sum is a multiple of 31: its check character is 0.
        let found = (0..31u8)
            .map(|i| format!("9141010200000000{}", char::from(CHARSET[i as usize])))
            .find(|s| {
                let sum: u32 = s
                    .bytes()
                    .zip(WEIGHTS)
                    .map(|(c, w)| value(c).unwrap_or(0) * w)
                    .sum();
                sum.is_multiple_of(31)
            })
            .expect("one of 31 last characters makes the sum a multiple of 31");
        assert_eq!(check_char(&found), Some('0'));
        assert_eq!(check(&format!("{found}0")), Ok(()));
    }

    #[test]
    fn format_errors() {
        for bad in [
            "",
            "91350100M000100Y4",   // 17
            "91350100M000100Y433", // 19
            "91350100m000100Y43",  // lower case
            "91350100I000100Y43",  // I is not used
            "9135010OM000100Y43",  // letter in the division
            "９1350100M000100Y43", // full-width digit
        ] {
            assert_eq!(check(bad), Err(FORMAT), "{bad}");
        }
        assert_eq!(division("short"), None);
    }
}
