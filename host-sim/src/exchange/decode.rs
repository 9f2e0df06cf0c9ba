//! Bytes to text. Provincial systems in China still write GBK or GB18030, declared in
//! the XML declaration (`<?xml version="1.0" encoding="GBK"?>`); everything else is
//! UTF-8. The parser works on the decoded text, so line and column are counted in
//! characters whatever the encoding was.

use super::ExchangeError;
use encoding_rs::{Encoding, GB18030, GBK, UTF_8};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// 1-based line and column (in characters) of a byte offset into `text`.
pub fn locate(text: &str, offset: usize) -> (u32, u32) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// Whether XML 1.0 can carry `c` at all (production `Char`): no control character but
/// tab, line feed and carriage return, and neither U+FFFE nor U+FFFF.
pub fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Why a character cannot be in an exchange file, for the officer.
pub fn not_xml_char(c: char) -> String {
    format!(
        "含有XML不允许的字符U+{:04X}（控制字符）：请删除后重新导出",
        u32::from(c)
    )
}

/// The decoded text, refused at the first character no XML 1.0 file may contain. The
/// writers turn such characters into U+FFFD, so a file holding one could be imported
/// but never exported the same (found by the `province_xml` fuzz target).
fn xml_text(text: String) -> Result<String, ExchangeError> {
    match text.char_indices().find(|(_, c)| !xml_char(*c)) {
        None => Ok(text),
        Some((at, c)) => Err(error_at(&text, at, not_xml_char(c))),
    }
}

fn error_at(text: &str, offset: usize, reason: String) -> ExchangeError {
    let (line, column) = locate(text, offset);
    ExchangeError {
        line,
        column,
        reason,
    }
}

/// The `encoding` pseudo-attribute of the XML declaration: value and byte offset.
/// The declaration is ASCII in every encoding accepted here, so it can be read from the
/// bytes before decoding.
fn declared_encoding(bytes: &[u8]) -> Option<(&str, usize)> {
    if !bytes.starts_with(b"<?xml") {
        return None;
    }
    let end = bytes.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&bytes[..end]).ok()?;
    let key = decl.find("encoding")?;
    let rest = &decl[key + "encoding".len()..];
    let rest_trimmed = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest_trimmed
        .chars()
        .next()
        .filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest_trimmed[1..];
    let close = value.find(quote)?;
    let start = decl.len() - value.len();
    Some((&value[..close], start))
}

/// Decodes an exchange file to text: UTF-8 (with or without BOM), GBK or GB18030.
pub fn decode(bytes: &[u8]) -> Result<String, ExchangeError> {
    let ascii_err = |offset: usize, reason: String| ExchangeError {
        line: 1,
        column: u32::try_from(offset + 1).unwrap_or(u32::MAX),
        reason,
    };
    if bytes.starts_with(b"\xFE\xFF") || bytes.starts_with(b"\xFF\xFE") {
        return Err(ascii_err(
            0,
            "不支持UTF-16编码：请使用UTF-8、GBK或GB18030".into(),
        ));
    }
    let (bom, body) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let encoding = match declared_encoding(body) {
        None => UTF_8,
        Some((label, at)) => match Encoding::for_label(label.as_bytes()) {
            Some(e) if e == UTF_8 || e == GBK || e == GB18030 => e,
            _ => {
                return Err(ascii_err(
                    at,
                    format!("不支持的字符编码“{label}”：请使用UTF-8、GBK或GB18030"),
                ));
            }
        },
    };
    if bom && encoding != UTF_8 {
        return Err(ascii_err(
            0,
            format!(
                "文件以UTF-8字节顺序标记开头，却声明为{}编码",
                encoding.name()
            ),
        ));
    }
    if encoding == UTF_8 {
        return match std::str::from_utf8(body) {
            Ok(text) => xml_text(text.to_string()),
            Err(e) => {
                let good = String::from_utf8_lossy(&body[..e.valid_up_to()]);
                Err(error_at(
                    &good,
                    good.len(),
                    "字符编码错误：不是有效的UTF-8字节序列（如为GBK编码，请在XML声明中写明encoding=\"GBK\"）".into(),
                ))
            }
        };
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let (result, _read) = decoder.decode_to_string_without_replacement(body, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => xml_text(text),
        encoding_rs::DecoderResult::Malformed(..) => Err(error_at(
            &text,
            text.len(),
            format!("字符编码错误：不是有效的{}字节序列", encoding.name()),
        )),
        encoding_rs::DecoderResult::OutputFull => {
            Err(error_at(&text, text.len(), "文件过大，无法解码".into()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_in_characters() {
        let text = "ab\n郑州x";
        assert_eq!(locate(text, 0), (1, 1));
        assert_eq!(locate(text, 3), (2, 1));
        assert_eq!(locate(text, "ab\n郑州".len()), (2, 3));
    }

    #[test]
    fn gbk_declared_and_decoded() {
        let xml = "<?xml version=\"1.0\" encoding=\"GBK\"?><a>郑州</a>";
        let (bytes, _, bad) = GBK.encode(xml);
        assert!(!bad);
        assert_eq!(decode(&bytes).as_deref(), Ok(xml));
    }

    #[test]
    fn refusals_name_the_place() {
        let e = decode(b"<?xml version=\"1.0\" encoding=\"Big5\"?><a/>").unwrap_err();
        assert_eq!((e.line, e.column), (1, 31), "{e}");
        assert!(e.reason.contains("Big5"));
        let e = decode(b"<a>\n\xD6\xD0\xFF\xFF</a>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.reason.contains("UTF-8"));
        let e =
            decode(b"<?xml version=\"1.0\" encoding=\"GBK\"?>\n<a>\xD6\xD0\xFF</a>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 5), "{e}");
    }
}
