//! Typography shared by the .docx documents: A4 portrait pages, the Chinese font sizes
//! (字号) the regulation names, and paragraphs with single line spacing.

use super::DocumentError;
use docx_rs::{
    AlignmentType, Docx, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts,
    SpecialIndentType, TableCell, VAlignType, WidthType,
};

/// A4 in twips (1/20 pt): 210 mm × 297 mm.
pub const A4_WIDTH: u32 = 11906;
pub const A4_HEIGHT: u32 = 16838;
/// Margins in twips: 2.54 cm top and bottom, 2.8 cm left, 2.6 cm right (common for
/// government forms), leaving [`TEXT_WIDTH`] for text.
const MARGIN_TOP: i32 = 1440;
const MARGIN_BOTTOM: i32 = 1440;
const MARGIN_LEFT: i32 = 1588;
const MARGIN_RIGHT: i32 = 1474;
/// Width between the margins, in twips.
pub const TEXT_WIDTH: usize = (A4_WIDTH as i32 - MARGIN_LEFT - MARGIN_RIGHT) as usize;

pub const SONG: &str = "宋体";
pub const HEI: &str = "黑体";

/// 字号 in half-points, as docx stores sizes.
pub const XIAO_ER: usize = 36; // 小二 18 pt
pub const SAN_HAO: usize = 32; // 三号 16 pt
pub const SI_HAO: usize = 28; // 四号 14 pt
pub const XIAO_SI: usize = 24; // 小四 12 pt
pub const WU_HAO: usize = 21; // 五号 10.5 pt

/// A font face and size for a run of text.
#[derive(Debug, Clone, Copy)]
pub struct Face {
    pub family: &'static str,
    pub half_points: usize,
    pub bold: bool,
}

pub const fn face(family: &'static str, half_points: usize) -> Face {
    Face {
        family,
        half_points,
        bold: false,
    }
}

impl Face {
    pub const fn bold(self) -> Face {
        Face { bold: true, ..self }
    }
}

/// The family in every slot, so Latin letters and digits use the same face.
fn fonts(family: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(family)
        .ascii(family)
        .hi_ansi(family)
        .cs(family)
}

pub fn run(text: &str, f: Face) -> Run {
    let r = Run::new()
        .add_text(text)
        .fonts(fonts(f.family))
        .size(f.half_points);
    if f.bold { r.bold() } else { r }
}

/// Single line spacing, no space before or after.
fn single() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .line(240)
        .before(0)
        .after(0)
}

/// One paragraph of `text` in `f`, aligned.
pub fn line(text: &str, f: Face, align: AlignmentType) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, f))
        .align(align)
        .line_spacing(single())
        // The paragraph mark gets the same size, so empty lines keep their height.
        .size(f.half_points)
        .fonts(fonts(f.family))
}

/// A body paragraph: justified, first line indented by two characters. The indent is
/// given in twips for the paragraph's own size (two characters of 12 pt = 480 twips):
/// docx-rs 0.4.22 keeps `first_line_chars` in its model but never writes
/// `w:firstLineChars` to the XML.
pub fn body(text: &str, f: Face) -> Paragraph {
    let first_line = i32::try_from(f.half_points * 10 * 2).unwrap_or(480);
    line(text, f, AlignmentType::Both).indent(
        Some(0),
        Some(SpecialIndentType::FirstLine(first_line)),
        None,
        None,
    )
}

/// An empty paragraph of the given size, as vertical space.
pub fn blank(f: Face) -> Paragraph {
    line("", f, AlignmentType::Left)
}

/// The paragraphs of a multi-line text (a blank line in the input is kept as one).
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').map(|l| l.trim_end_matches('\r'))
}

/// A new A4 portrait document with 宋体 小四 as the default face.
pub fn a4() -> Docx {
    Docx::new()
        .page_size(A4_WIDTH, A4_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(851)
                .footer(992),
        )
        .default_fonts(fonts(SONG))
        .default_size(XIAO_SI)
        .default_line_spacing(single())
}

/// A table cell spanning `span` grid columns, its text vertically centred.
pub fn cell(paragraphs: Vec<Paragraph>, span: usize, width: usize) -> TableCell {
    let mut c = TableCell::new()
        .vertical_align(VAlignType::Center)
        .width(width, WidthType::Dxa);
    if span > 1 {
        c = c.grid_span(span);
    }
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

/// Text language of the document defaults. Renderers pick CJK glyph variants by it: without
/// it LibreOffice took the Japanese faces of Noto CJK, whose forms of some 汉字 differ
/// from the 规范汉字 of a Chinese government form. docx-rs has no `w:lang`, so it is
/// added to the default run properties of `styles.xml`.
const LANGUAGE: &str = r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA" />"#;
const DEFAULT_RUN_END: &str = "</w:rPr></w:rPrDefault>";

/// The finished .docx as bytes.
pub fn pack(docx: Docx) -> Result<Vec<u8>, DocumentError> {
    let mut parts = docx.build();
    let styles = String::from_utf8(std::mem::take(&mut parts.styles))
        .map_err(|_| DocumentError("styles.xml不是UTF-8".into()))?;
    if !styles.contains(DEFAULT_RUN_END) {
        return Err(DocumentError("styles.xml缺少默认字符格式".into()));
    }
    parts.styles = styles
        .replacen(DEFAULT_RUN_END, &format!("{LANGUAGE}{DEFAULT_RUN_END}"), 1)
        .into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    parts
        .pack(&mut out)
        .map_err(|e| DocumentError(format!("写入docx失败（{e}）")))?;
    Ok(out.into_inner())
}
