//! Charts drawn on the server as inline SVG: no script, no network, and they print.
//! Only what the overview needs — a horizontal bar chart of counts.

use super::html::esc;

/// A horizontal bar chart: one bar per (label, count), labelled with its count.
/// `title` is the chart's accessible name.
pub fn bars(title: &str, data: &[(String, usize)]) -> String {
    if data.is_empty() {
        return "<p class=\"empty\">暂无数据</p>".into();
    }
    const ROW: usize = 26;
    const LABEL: usize = 150;
    const WIDTH: usize = 520;
    let max = data.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * data.len() + 8;
    let bars: String = data
        .iter()
        .enumerate()
        .map(|(i, (label, n))| {
            let y = i * ROW + 4;
            let w = (WIDTH - LABEL - 50) * n / max;
            format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{LABEL}\" y=\"{}\" width=\"{w}\" height=\"{}\" rx=\"2\"><title>{}：{n}</title></rect><text x=\"{}\" y=\"{}\">{n}</text>",
                LABEL - 8,
                y + 17,
                esc(label),
                y + 4,
                ROW - 8,
                esc(label),
                LABEL + w + 6,
                y + 17,
            )
        })
        .collect();
    format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {WIDTH} {height}\" preserveAspectRatio=\"xMinYMin meet\">{bars}</svg>",
        esc(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_escape_labels() {
        let svg = bars("按地区", &[("中原区".into(), 4), ("<金水区>".into(), 2)]);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(
            svg.contains("width=\"320\"") && svg.contains("width=\"160\""),
            "{svg}"
        );
        assert!(svg.contains("&lt;金水区&gt;") && !svg.contains("<金水区>"));
        assert_eq!(bars("空", &[]), "<p class=\"empty\">暂无数据</p>");
    }
}
