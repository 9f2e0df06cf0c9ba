//! The building blocks of the portal's pages, as maud templates (ADR 10). maud escapes
//! every value spliced into element content or an attribute — names, titles and
//! opinions are typed by users — so a block takes text as `&str` and markup only as
//! [`Markup`], which the templates themselves produced.

use maud::{Markup, Render, html};

/// 上一页 / 第N页，共M页 / 下一页 for page `at` of `pages`; `href` is the list's address
/// with its other parameters, ending in `?` or `&`. Nothing when there is one page.
pub fn pager(href: &str, at: usize, pages: usize) -> Markup {
    if pages <= 1 {
        return html! {};
    }
    html! {
        div.pager {
            @if at > 1 {
                a.btn.normal href={ (href) "page=" (at - 1) } { "上一页" }
            }
            span { "第" (at) "页，共" (pages) "页" }
            @if at < pages {
                a.btn.normal href={ (href) "page=" (at + 1) } { "下一页" }
            }
        }
    }
}

/// A titled card.
pub fn card(title: &str, body: impl Render) -> Markup {
    html! {
        section.card {
            h2.card-title { (title) }
            div.card-body { (body) }
        }
    }
}

/// A table with the given headers and cells; `empty` when there are no rows.
/// Each cell carries its column's header as `data-label`: on a phone the stylesheet
/// lays every row out as a card and prints that label beside the value, since a row
/// of five columns cannot be read at 390 px.
pub fn table(headers: &[&str], rows: &[Vec<Markup>], empty: &str) -> Markup {
    if rows.is_empty() {
        return html! { p.empty { (empty) } };
    }
    html! {
        table.list {
            thead { tr { @for h in headers { th scope="col" { (h) } } } }
            tbody {
                @for row in rows {
                    tr {
                        @for (i, cell) in row.iter().enumerate() {
                            @match headers.get(i) {
                                Some(h) => td data-label=(h) { (cell) },
                                None => td { (cell) },
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A plugin view section's items as a label/value record table.
pub fn record(
    items: &[crate::engine::exports::zhengzhou::quality_benchmark::approval::ViewItem],
) -> Markup {
    html! {
        table.record {
            @for i in items {
                tr { th { (i.label) } td.pre { (i.value) } }
            }
        }
    }
}

/// A link.
pub fn link(href: &str, label: &str) -> Markup {
    html! { a href=(href) { (label) } }
}

/// A coloured label; `class` is one of the stylesheet's (`stage`, `ok`, `warn` …).
pub fn badge(class: &str, label: &str) -> Markup {
    html! { span.badge.(class) { (label) } }
}

/// A notice bar; `class` is `success`, `error` or `info`.
pub fn alert(class: &str, message: &str) -> Markup {
    html! { div.alert.(class) { (message) } }
}

/// `2026-03-16T10:00:00+08:00` → `2026-03-16 10:00`, for tables.
pub fn short_time(t: &str) -> String {
    date_cn(t)
}

/// A date or instant as people read it: 2026年3月16日, or 2026年3月16日 10:00.
pub fn date_cn(t: &str) -> String {
    let num = |r: std::ops::Range<usize>| t.get(r).and_then(|s| s.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10), t.get(4..5)) {
        (Some(y), Some(m), Some(d), Some("-")) => match t.get(11..16) {
            Some(hm) if hm.as_bytes().get(2) == Some(&b':') => format!("{y}年{m}月{d}日 {hm}"),
            _ => format!("{y}年{m}月{d}日"),
        },
        _ => t.to_string(),
    }
}

/// `page` with the anti-forgery token as a hidden `csrf` field first in each of its post
/// forms (`guard.rs`): done here, once for every page, so no form can be written without
/// it. The forms are the portal's own markup: maud writes `<form … method="post" …>`.
pub fn with_csrf_field(page: &[u8], token: &str) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(page) else {
        return page.to_vec();
    };
    let field = html! { input type="hidden" name="csrf" value=(token); }.into_string();
    let mut out = String::with_capacity(text.len() + 256);
    let mut rest = text;
    while let Some(start) = rest.find("<form ") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let end = start + len + 1;
        out.push_str(&rest[..end]);
        if rest[start..end].contains("method=\"post\"") {
            out.push_str(&field);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_read_them() {
        assert_eq!(
            short_time("2026-03-16T10:00:00+08:00"),
            "2026年3月16日 10:00"
        );
        assert_eq!(date_cn("2026-10-08"), "2026年10月8日");
        assert_eq!(date_cn("不是日期"), "不是日期");
    }

    #[test]
    fn list_cells_carry_their_column_label_escaped() {
        let html = table(
            &["事项<名称>", "年度"],
            &[vec![html! { "a" }, html! { "2026" }]],
            "无",
        )
        .into_string();
        assert!(
            html.contains("<td data-label=\"事项&lt;名称&gt;\">a</td>"),
            "{html}"
        );
        assert!(html.contains("<td data-label=\"年度\">2026</td>"), "{html}");
        assert_eq!(
            table(&["年度"], &[], "无").into_string(),
            "<p class=\"empty\">无</p>"
        );
    }

    #[test]
    fn every_post_form_carries_the_token_and_no_other_does() {
        let page = "<form method=\"post\" action=\"/login\"><button></button></form><form class=\"q\" method=\"get\"></form><form class=\"u\" method=\"post\" enctype=\"multipart/form-data\"></form>";
        let out = String::from_utf8(with_csrf_field(page.as_bytes(), "ab12")).unwrap_or_default();
        assert_eq!(
            out.matches("name=\"csrf\" value=\"ab12\"").count(),
            2,
            "{out}"
        );
        assert!(
            out.starts_with(
                "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"csrf\""
            ),
            "{out}"
        );
        assert!(out.contains("method=\"get\"></form>"), "{out}");
    }
}
