//! The slow test: the 申报表, the 总结材料, the 公示 and the 认定名单 rendered by
//! LibreOffice, checked as a reader would see them (A4 portrait, embedded CJK fonts, the
//! sizes of 附件2 三, every value present), with first-page images kept in
//! `docs/screenshots/` when `QB_UPDATE_SCREENSHOTS` is set.
//!
//! Needs `soffice` (Debian libreoffice-writer), poppler-utils and fonts-noto-cjk:
//! `scripts/setup-documents` installs them. Without `soffice` the test prints why and
//! passes, unless `QB_REQUIRE_LIBREOFFICE` is set (CI sets it after running the script).

use super::tests::{application, materials, notice, recognition};
use super::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// LibreOffice's first start builds a profile; later conversions take a few seconds.
const CONVERT_TIMEOUT: Duration = Duration::from_secs(300);

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Whether the tools are there; `false` means skip (after saying so).
fn tools_present() -> bool {
    let missing: Vec<&str> = ["soffice", "pdfinfo", "pdffonts", "pdftotext", "pdftoppm"]
        .into_iter()
        .filter(|p| !on_path(p))
        .collect();
    if missing.is_empty() {
        return true;
    }
    let msg = format!(
        "documents PDF test needs {}: run scripts/setup-documents",
        missing.join(", ")
    );
    assert!(
        std::env::var_os("QB_REQUIRE_LIBREOFFICE").is_none(),
        "{msg} (QB_REQUIRE_LIBREOFFICE is set)"
    );
    eprintln!("SKIPPED: {msg}");
    false
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Converts `files` to PDF in `dir` with a private profile and the repo's font mapping.
fn convert(dir: &Path, files: &[PathBuf]) {
    let profile = dir.join("lo-profile");
    let fonts = repo().join("host-sim/data/fontconfig/fonts.conf");
    let mut child = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .args(files)
        .env("FONTCONFIG_FILE", &fonts)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start soffice");
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for soffice") {
            assert!(status.success(), "soffice failed: {status}");
            return;
        }
        if started.elapsed() > CONVERT_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("soffice did not finish within {CONVERT_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Standard output of `program args file after`.
fn output(program: &str, args: &[&str], file: &Path, after: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .arg(file)
        .args(after)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(out.status.success(), "{program} {}", file.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Page size in points from `pdfinfo`'s `Page size: 595.276 x 841.89 pts (A4)`.
fn page_size(pdf: &Path) -> (f64, f64) {
    let info = output("pdfinfo", &[], pdf, &[]);
    let line = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .expect("pdfinfo prints the page size");
    let nums: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1])
}

/// Fonts of the PDF as (name, embedded) from `pdffonts`.
fn fonts(pdf: &Path) -> Vec<(String, bool)> {
    output("pdffonts", &[], pdf, &[])
        .lines()
        .skip(2)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            // name type... encoding emb sub uni object ID: emb is 5th from the end.
            let emb = cols.len().checked_sub(5).map(|i| cols[i] == "yes")?;
            Some((cols.first()?.to_string(), emb))
        })
        .collect()
}

/// A word on page 1: its text, top and height in points, from `pdftotext -bbox`.
struct Word {
    text: String,
    top: f64,
    height: f64,
}

fn words(pdf: &Path) -> Vec<Word> {
    let html = output("pdftotext", &["-bbox", "-f", "1", "-l", "1"], pdf, &["-"]);
    html.split("<word ")
        .skip(1)
        .filter_map(|w| {
            let num = |key: &str| -> Option<f64> {
                let rest = &w[w.find(key)? + key.len()..];
                rest[..rest.find('"')?].parse().ok()
            };
            let top = num("yMin=\"")?;
            let text = w[w.find('>')? + 1..w.find("</word>")?].to_string();
            Some(Word {
                text,
                top,
                height: num("yMax=\"")? - top,
            })
        })
        .collect()
}

/// The lines of the PDF's text without whitespace (lines wrap anywhere in Chinese, and
/// pdftotext puts spaces between Chinese and Latin text); with `page_numbers`, lines
/// that are only a number (the footer) are left out.
fn text_lines(pdf: &Path, page_numbers: bool) -> Vec<String> {
    output("pdftotext", &["-enc", "UTF-8"], pdf, &["-"])
        .lines()
        .map(squeeze)
        .filter(|l| !l.is_empty())
        .filter(|l| !(page_numbers && l.chars().all(|c| c.is_ascii_digit())))
        .collect()
}

/// Whether `value` is in the text: in one run, or — in a table, where pdftotext
/// interleaves the lines of neighbouring cells — as pieces that are whole lines, in
/// reading order (searched with backtracking: a line of another cell may start the same).
fn shows(lines: &[String], value: &str) -> bool {
    fn pieces(lines: &[String], rest: &str) -> bool {
        rest.is_empty()
            || lines.iter().enumerate().any(|(i, line)| {
                rest.strip_prefix(line.as_str())
                    .is_some_and(|after| pieces(&lines[i + 1..], after))
            })
    }
    let value = squeeze(value);
    lines.concat().contains(&value) || pieces(lines, &value)
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn check_common(pdf: &Path) {
    let (w, h) = page_size(pdf);
    assert!(
        (w - 595.0).abs() < 1.0 && (h - 842.0).abs() < 1.0,
        "A4 portrait, got {w}x{h}"
    );
    let fonts = fonts(pdf);
    assert!(!fonts.is_empty(), "{}: no fonts", pdf.display());
    for (name, embedded) in &fonts {
        assert!(*embedded, "{name} not embedded");
        assert!(
            !name.contains("DejaVu"),
            "{name}: 宋体/黑体 fell back to DejaVu"
        );
    }
    assert!(
        fonts.iter().any(|(n, _)| n.contains("NotoSerifCJK")),
        "宋体 rendered with Noto Serif CJK: {fonts:?}"
    );
}

#[test]
fn documents_render_to_a4_pdf_with_cjk_fonts() {
    if !tools_present() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("qb-documents-pdf-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let form = application();
    let summary = materials();
    let form_docx = dir.join("application-form.docx");
    let summary_docx = dir.join("summary-materials.docx");
    std::fs::write(&form_docx, application_form_docx(&form).expect("docx")).expect("write");
    std::fs::write(
        &summary_docx,
        summary_materials_docx(&summary).expect("docx"),
    )
    .expect("write");
    let (notice, list) = (notice(), recognition());
    let notice_docx = dir.join("publicity-notice.docx");
    let list_docx = dir.join("recognition-list.docx");
    std::fs::write(&notice_docx, publicity_notice_docx(&notice).expect("docx")).expect("write");
    std::fs::write(&list_docx, recognition_list_docx(&list).expect("docx")).expect("write");
    convert(&dir, &[form_docx, summary_docx, notice_docx, list_docx]);
    let form_pdf = dir.join("application-form.pdf");
    let summary_pdf = dir.join("summary-materials.pdf");
    let notice_pdf = dir.join("publicity-notice.pdf");
    let list_pdf = dir.join("recognition-list.pdf");

    check_common(&form_pdf);
    let pages = output("pdfinfo", &[], &form_pdf, &[]);
    assert!(
        pages
            .lines()
            .any(|l| l.split_whitespace().eq(["Pages:", "1"])),
        "the filled 申报表 fits on one page"
    );
    let text = text_lines(&form_pdf, false);
    let r = &form.recommender;
    let mut values = vec![
        &form.enterprise_name,
        &form.credit_code,
        &form.industry,
        &form.district,
        &form.direction,
        &form.benchmark_name,
        &form.benchmark_intro,
        &form.address,
        &form.postcode,
        &form.contact,
        &form.phone,
        &form.mobile,
        &form.fax,
        &form.email,
        &form.enterprise_seal,
        &form.legal_rep_signature,
        &form.signed_on,
        &r.unit,
        &r.contact,
        &r.phone,
        &r.mobile,
        &r.opinion,
        &r.seal,
        &r.signed_on,
    ];
    for f in &form.figures {
        values.extend([&f.year, &f.assets, &f.sales, &f.profit, &f.employees]);
    }
    for v in values {
        assert!(shows(&text, v), "申报表 PDF lacks {v}");
    }

    check_common(&summary_pdf);
    let names: Vec<String> = fonts(&summary_pdf).into_iter().map(|(n, _)| n).collect();
    assert!(
        names.iter().any(|n| n.contains("NotoSansCJK")),
        "黑体 title rendered with Noto Sans CJK: {names:?}"
    );
    let text = text_lines(&summary_pdf, true);
    for v in [
        &summary.title,
        &summary.summary,
        &summary.profile,
        &summary.implementation,
        &summary.results,
    ] {
        assert!(shows(&text, v), "总结材料 PDF lacks {v}");
    }
    // Needles from the first line of each part of the sample (see tests::materials).
    assert!(summary.title.ends_with("设计的经验") && summary.profile.contains("公司成立于"));
    let needles = Needles {
        title: "设计的经验",
        summary: "公司自",
        body: "公司成立于",
    };
    check_sizes(&summary_pdf, &needles);

    for (pdf, values) in [
        (
            &notice_pdf,
            vec![
                &notice.period_start,
                &notice.period_end,
                &notice.phone,
                &notice.issued_on,
            ],
        ),
        (
            &list_pdf,
            vec![&list.document_number, &list.seal, &list.issued_on],
        ),
    ] {
        check_common(pdf);
        let text = text_lines(pdf, false);
        let names = notice.entries.iter().map(|e| &e.benchmark_name);
        for v in values.into_iter().chain(names) {
            assert!(shows(&text, v), "{} lacks {v}", pdf.display());
        }
    }

    // The 申报表 and 总结材料 images come from a real case (below).
    page_image(&dir, &notice_pdf, "publicity-notice-docx");
    page_image(&dir, &list_pdf, "recognition-list-docx");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Page 1 as a PNG in `dir`, copied to `docs/screenshots/` with `QB_UPDATE_SCREENSHOTS`.
fn page_image(dir: &Path, pdf: &Path, png: &str) {
    let prefix = dir.join(png);
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm");
    assert!(status.success());
    if std::env::var_os("QB_UPDATE_SCREENSHOTS").is_some() {
        let target = repo().join("docs/screenshots").join(format!("{png}.png"));
        std::fs::copy(prefix.with_extension("png"), target).expect("copy screenshot");
    }
}

/// How `pdftotext -bbox` sizes a word box: from ascent to descent of the font. LibreOffice
/// writes `/Ascent 0 /Descent 0` in the descriptors of the Noto CJK subsets it embeds, and
/// poppler then uses its defaults, ascent 0.95 and descent 0.35 of the font size, so a
/// word's box is 1.3 × its font size exactly (measured: 23.4 pt for 18 pt, 15.6 pt for
/// 12 pt). The ratios between sizes are checked too, and they do not depend on this.
const BOX_PER_POINT: f64 = 1.3;

/// Words of page 1 that the size check finds: the title's last line, the heading
/// “摘要”, the summary's first line and the body's first line.
struct Needles<'a> {
    title: &'a str,
    summary: &'a str,
    body: &'a str,
}

/// 附件2 三's sizes, measured on page 1 of the PDF: title 18 pt (小二), “摘要” 14 pt
/// (四号), 摘要 and body 12 pt (小四); and single line spacing.
fn check_sizes(pdf: &Path, n: &Needles) {
    let words = words(pdf);
    let find = |needle: &str| -> &Word {
        words
            .iter()
            .find(|w| w.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not on page 1"))
    };
    let body = find(n.body).height / BOX_PER_POINT;
    for (what, needle, want) in [
        ("title 小二", n.title, 18.0),
        ("“摘要” 四号", "摘要", 14.0),
        ("摘要 text 小四", n.summary, 12.0),
        ("body 小四", n.body, 12.0),
    ] {
        let size = find(needle).height / BOX_PER_POINT;
        assert!(
            (size - want).abs() < 0.25,
            "{what}: {size:.2} pt, expected {want} pt"
        );
        assert!(
            (size / body - want / 12.0).abs() < 0.02,
            "{what}: {size:.2} pt is not {want}/12 of the body's {body:.2} pt"
        );
    }
    // Single spacing: consecutive body lines are one natural line of the face apart
    // (Noto CJK: 1.448 em, 17.4 pt at 12 pt); 1.5 lines would be about 26 pt.
    let mut tops: Vec<f64> = words
        .iter()
        .filter(|w| (w.height / BOX_PER_POINT - 12.0).abs() < 0.25)
        .map(|w| w.top)
        .collect();
    tops.sort_by(f64::total_cmp);
    tops.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    let pitch = tops
        .windows(2)
        .map(|p| p[1] - p[0])
        .fold(f64::INFINITY, f64::min);
    assert!(
        (16.5..18.5).contains(&pitch),
        "body line pitch {pitch:.2} pt is not single spacing"
    );
}

/// A real case: the bureau opens the round, the sample enterprise applies through the
/// plugin with the sample application, its district recommends it with opinion and
/// seal. `None` (after saying why) when the plugin component is not built.
fn real_case(dir: &Path) -> Option<(crate::Sim, &'static str)> {
    use crate::demo;
    let component = repo().join("target/wasm32-wasip2/release/qb_plugin.wasm");
    let Ok(bytes) = std::fs::read(&component) else {
        let msg = format!(
            "{} missing: cargo build -p qb-plugin --target wasm32-wasip2 --release",
            component.display()
        );
        assert!(
            std::env::var_os("QB_REQUIRE_LIBREOFFICE").is_none(),
            "{msg}"
        );
        eprintln!("SKIPPED: {msg}");
        return None;
    };
    let mut sim = crate::Sim::open(&dir.join("round.sqlite"), &bytes).expect("host-sim");
    demo::prepare(&sim, "2026-03-02T09:00:00+08:00").expect("directory");
    let case = "app-2026-91410102MA44XKQ7PB";
    let act = |sim: &mut crate::Sim, user: &str, case: Option<&str>, action: &str, values| {
        sim.act(user, demo::request(case, action, values, None))
            .unwrap_or_else(|e| panic!("{action}: {e}"));
    };
    act(
        &mut sim,
        demo::OFFICER,
        None,
        "open-batch",
        demo::batch_config(2026),
    );
    sim.set_clock("2026-03-16T10:00:00+08:00").expect("clock");
    act(
        &mut sim,
        demo::ENTERPRISE,
        None,
        "start-application",
        vec![],
    );
    let form = demo::sample_form("application-form").expect("sample");
    act(&mut sim, demo::ENTERPRISE, Some(case), "edit-form", form);
    let materials = demo::sample_materials(&mut sim, demo::ENTERPRISE, case).expect("upload");
    act(
        &mut sim,
        demo::ENTERPRISE,
        Some(case),
        "edit-materials",
        materials,
    );
    let seals = demo::submission_seals(&mut sim, demo::ENTERPRISE, case).expect("seals");
    act(&mut sim, demo::ENTERPRISE, Some(case), "submit", seals);
    sim.set_clock("2026-04-02T09:30:00+08:00").expect("clock");
    let opinion = "经审核，该企业申报材料真实，质量管理体系运行有效，近三年无不良记录，同意推荐。";
    let values =
        demo::recommendation(&mut sim, demo::DISTRICT_OFFICE, case, opinion).expect("seal");
    act(
        &mut sim,
        demo::DISTRICT_OFFICE,
        Some(case),
        "recommend",
        values,
    );
    Some((sim, case))
}

#[test]
fn the_application_of_a_real_case_renders_as_the_regulation_asks() {
    if !tools_present() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("qb-case-pdf-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let Some((mut sim, case)) = real_case(&dir) else {
        return;
    };
    let (form, summary) = super::from_case::application_documents(&mut sim, "city-officer-1", case)
        .expect("documents");
    // Labels, names and dates as people read them, never codes or ids.
    assert_eq!(
        (form.industry.as_str(), form.district.as_str()),
        ("汽车和装备制造", "中原区")
    );
    assert_eq!(form.recommender.signed_on, "2026年4月2日");
    assert!(
        form.enterprise_seal
            .starts_with("已加盖电子印章（郑州中原精工机械有限公司"),
        "{}",
        form.enterprise_seal
    );
    assert!(!form.recommender.unit.is_empty() && !form.recommender.seal.contains("office"));
    assert_eq!(form.figures.len(), 3);
    let form_docx = dir.join("application-form.docx");
    let summary_docx = dir.join("summary-materials.docx");
    std::fs::write(&form_docx, application_form_docx(&form).expect("docx")).expect("write");
    std::fs::write(
        &summary_docx,
        summary_materials_docx(&summary).expect("docx"),
    )
    .expect("write");
    convert(&dir, &[form_docx, summary_docx]);
    let (form_pdf, summary_pdf) = (
        dir.join("application-form.pdf"),
        dir.join("summary-materials.pdf"),
    );

    check_common(&form_pdf);
    let text = text_lines(&form_pdf, false);
    let r = &form.recommender;
    let mut values = vec![
        &form.enterprise_name,
        &form.credit_code,
        &form.industry,
        &form.district,
        &form.direction,
        &form.benchmark_name,
        &form.benchmark_intro,
        &form.address,
        &form.postcode,
        &form.contact,
        &form.phone,
        &form.mobile,
        &form.fax,
        &form.email,
        &form.enterprise_seal,
        &form.legal_rep_signature,
        &form.signed_on,
        &r.unit,
        &r.contact,
        &r.phone,
        &r.mobile,
        &r.opinion,
        &r.seal,
        &r.signed_on,
    ];
    for f in &form.figures {
        values.extend([&f.year, &f.assets, &f.sales, &f.profit, &f.employees]);
    }
    for v in values {
        assert!(!v.is_empty() && shows(&text, v), "申报表 PDF lacks “{v}”");
    }

    check_common(&summary_pdf);
    let text = text_lines(&summary_pdf, true);
    for v in [
        &summary.title,
        &summary.summary,
        &summary.profile,
        &summary.implementation,
        &summary.results,
    ] {
        assert!(shows(&text, v), "总结材料 PDF lacks {v}");
    }
    // Three Chinese characters from about `skip` on: pdftotext splits words where
    // digits or Latin letters meet Chinese, so a needle never straddles one.
    let first_line = |s: &str, skip: usize| {
        let chars: Vec<char> = s.chars().collect();
        (skip..chars.len().saturating_sub(3))
            .map(|i| &chars[i..i + 3])
            .find(|w| w.iter().all(|c| !c.is_ascii() && c.is_alphabetic()))
            .map(|w| w.iter().collect::<String>())
            .unwrap_or_default()
    };
    let title_end: String = summary
        .title
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let (summary_needle, body_needle) = (
        first_line(&summary.summary, 12),
        first_line(&summary.profile, 12),
    );
    check_sizes(
        &summary_pdf,
        &Needles {
            title: &title_end,
            summary: &summary_needle,
            body: &body_needle,
        },
    );
    page_image(&dir, &form_pdf, "application-form-docx");
    page_image(&dir, &summary_pdf, "summary-materials-docx");
    let _ = std::fs::remove_dir_all(&dir);
}
