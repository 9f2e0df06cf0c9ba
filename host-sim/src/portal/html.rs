//! HTML escaping and a few building blocks. Every dynamic value on every page goes
//! through [`esc`]: names, titles and opinions are typed by users.

/// Escape text for element content and double- or single-quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// 上一页 / 第N页，共M页 / 下一页 for page `at` of `pages`; `href` is the list's address
/// with its other parameters, ending in `?` or `&`. Nothing when there is one page.
pub fn pager(href: &str, at: usize, pages: usize) -> String {
    if pages <= 1 {
        return String::new();
    }
    let link = |n: usize, label: &str| {
        format!(
            "<a class=\"btn normal\" href=\"{}page={n}\">{label}</a>",
            esc(href)
        )
    };
    format!(
        "<div class=\"pager\">{}<span>第{at}页，共{pages}页</span>{}</div>",
        if at > 1 {
            link(at - 1, "上一页")
        } else {
            String::new()
        },
        if at < pages {
            link(at + 1, "下一页")
        } else {
            String::new()
        },
    )
}

/// A titled card.
pub fn card(title: &str, body: &str) -> String {
    format!(
        "<section class=\"card\"><h2 class=\"card-title\">{}</h2><div class=\"card-body\">{body}</div></section>",
        esc(title)
    )
}

/// A table with escaped headers and pre-rendered cells; `empty` when there are no rows.
/// Each cell carries its column's header as `data-label`: on a phone the stylesheet
/// lays every row out as a card and prints that label beside the value, since a row
/// of five columns cannot be read at 390 px.
pub fn table(headers: &[&str], rows: &[Vec<String>], empty: &str) -> String {
    if rows.is_empty() {
        return format!("<p class=\"empty\">{}</p>", esc(empty));
    }
    let head: String = headers
        .iter()
        .map(|h| format!("<th scope=\"col\">{}</th>", esc(h)))
        .collect();
    let body: String = rows
        .iter()
        .map(|r| {
            let cells: String = r
                .iter()
                .enumerate()
                .map(|(i, c)| match headers.get(i) {
                    Some(h) => format!("<td data-label=\"{}\">{c}</td>", esc(h)),
                    None => format!("<td>{c}</td>"),
                })
                .collect();
            format!("<tr>{cells}</tr>")
        })
        .collect();
    format!("<table class=\"list\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
}

/// A link with an escaped label.
/// A plugin view section's items as a label/value record table.
pub fn record(
    items: &[crate::engine::exports::zhengzhou::quality_benchmark::approval::ViewItem],
) -> String {
    let rows: String = items
        .iter()
        .map(|i| {
            format!(
                "<tr><th>{}</th><td class=\"pre\">{}</td></tr>",
                esc(&i.label),
                esc(&i.value)
            )
        })
        .collect();
    format!("<table class=\"record\">{rows}</table>")
}

pub fn link(href: &str, label: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(href), esc(label))
}

/// A coloured label.
pub fn badge(class: &str, label: &str) -> String {
    format!("<span class=\"badge {class}\">{}</span>", esc(label))
}

/// A notice bar.
pub fn alert(class: &str, message: &str) -> String {
    format!("<div class=\"alert {class}\">{}</div>", esc(message))
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
/// it. The forms are the portal's own markup (`<form … method="post" …>`).
pub fn with_csrf_field(page: &[u8], token: &str) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(page) else {
        return page.to_vec();
    };
    let field = format!(
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
        esc(token)
    );
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
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(esc("中原区"), "中原区");
        assert_eq!(
            short_time("2026-03-16T10:00:00+08:00"),
            "2026年3月16日 10:00"
        );
        assert_eq!(date_cn("2026-10-08"), "2026年10月8日");
    }

    #[test]
    fn list_cells_carry_their_column_label_escaped() {
        let html = table(
            &["事项<名称>", "年度"],
            &[vec!["a".into(), "2026".into()]],
            "无",
        );
        assert!(
            html.contains("<td data-label=\"事项&lt;名称&gt;\">a</td>"),
            "{html}"
        );
        assert!(html.contains("<td data-label=\"年度\">2026</td>"), "{html}");
        assert_eq!(table(&["年度"], &[], "无"), "<p class=\"empty\">无</p>");
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
