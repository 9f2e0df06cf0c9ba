//! Charts drawn on the server as inline SVG: no script, no network, and they print.
//! Only what the overview needs — a horizontal bar chart of counts.

use maud::{Markup, html};

/// A horizontal bar chart: one bar per (label, count), labelled with its count.
/// `title` is the chart's accessible name.
pub fn bars(title: &str, data: &[(String, usize)]) -> Markup {
    if data.is_empty() {
        return html! { p.empty { "暂无数据" } };
    }
    const ROW: usize = 26;
    const LABEL: usize = 150;
    const WIDTH: usize = 520;
    let max = data.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * data.len() + 8;
    html! {
        svg class="chart" role="img" aria-label=(title) viewBox={ "0 0 " (WIDTH) " " (height) }
            preserveAspectRatio="xMinYMin meet" {
            @for (i, (label, n)) in data.iter().enumerate() {
                @let y = i * ROW + 4;
                @let w = (WIDTH - LABEL - 50) * n / max;
                text x=(LABEL - 8) y=(y + 17) text-anchor="end" { (label) }
                rect x=(LABEL) y=(y + 4) width=(w) height=(ROW - 8) rx="2" {
                    title { (label) "：" (n) }
                }
                text x=(LABEL + w + 6) y=(y + 17) { (n) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_escape_labels() {
        let svg = bars("按地区", &[("中原区".into(), 4), ("<金水区>".into(), 2)]).into_string();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(
            svg.contains("width=\"320\"") && svg.contains("width=\"160\""),
            "{svg}"
        );
        assert!(svg.contains("&lt;金水区&gt;") && !svg.contains("<金水区>"));
        assert_eq!(
            bars("空", &[]).into_string(),
            "<p class=\"empty\">暂无数据</p>"
        );
    }
}
