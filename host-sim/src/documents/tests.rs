//! Fast checks of the generated files at the XML level; `pdf_tests` renders them.

use super::*;
use std::io::Read;

/// Sample 申报表 with every box filled.
pub(super) fn application() -> ApplicationFormDoc {
    let fig = |year: &str, assets: &str, sales: &str, profit: &str, people: &str| FigureRow {
        year: year.into(),
        assets: assets.into(),
        sales: sales.into(),
        profit: profit.into(),
        employees: people.into(),
    };
    ApplicationFormDoc {
        year: "2026".into(),
        enterprise_name: "郑州精工机械有限公司".into(),
        credit_code: "91410102MA44XKQ7PB".into(),
        industry: "汽车和装备制造".into(),
        district: "中原区".into(),
        direction: "全面质量管理".into(),
        benchmark_name: "郑州精工机械有限公司实施六西格玛设计的经验".into(),
        benchmark_intro: "以六西格玛设计（DFSS）为主线，把顾客之声转化为关键质量特性，贯穿研发、试制和量产全过程。\n三年来新产品一次交检合格率由92.1%提升到99.3%。".into(),
        address: "郑州市中原区科学大道100号".into(),
        postcode: "450001".into(),
        contact: "王敏".into(),
        phone: "0371-12345678".into(),
        mobile: "13812345678".into(),
        fax: "0371-87654321".into(),
        email: "wm@jinggong.example.cn".into(),
        figures: vec![
            fig("2023年", "12,500.50", "9,800.25", "-120.75", "320"),
            fig("2024年", "13,000.00", "10,200.00", "360.00", "335"),
            fig("2025年", "14,100.13", "11,800.50", "820.00", "350"),
        ],
        enterprise_seal: "已加盖电子印章（郑州精工机械有限公司，2026年3月16日）".into(),
        legal_rep_signature: "已电子签名（张建国，2026年3月16日）".into(),
        signed_on: "2026年3月16日".into(),
        recommender: RecommenderPart {
            unit: "中原区工业和信息化局".into(),
            contact: "李强".into(),
            phone: "0371-67891234".into(),
            mobile: "13900001111".into(),
            opinion: "经审核，该企业申报材料真实，质量管理体系运行有效，近三年无质量、安全、环保等方面的违法行为和不良记录，同意推荐。".into(),
            seal: "已加盖电子印章（中原区工业和信息化局，2026年4月2日）".into(),
            signed_on: "2026年4月2日".into(),
        },
    }
}

/// Sample 总结材料 long enough for more than one page.
pub(super) fn materials() -> SummaryMaterials {
    let para = "公司以顾客需求为起点，组建跨部门六西格玛设计团队，运用质量功能展开、试验设计和可靠性仿真等工具，对关键零部件开展稳健设计，建立了从需求识别到量产验证的闭环管理机制。";
    SummaryMaterials {
        title: "郑州精工机械有限公司实施六西格玛设计的经验".into(),
        summary: "公司自2019年起系统推行六西格玛设计（DFSS），以顾客之声驱动研发，新产品一次交检合格率由92.1%提升到99.3%，研发周期缩短28%，获评河南省制造业单项冠军。".into(),
        profile: "郑州精工机械有限公司成立于2003年，位于郑州市中原区，主要从事精密传动部件的研发和制造，现有员工350人，2025年销售收入11,800.50万元。".into(),
        implementation: [para; 12].join("\n"),
        results: "近三年主要指标：一次交检合格率99.3%，顾客投诉下降65%，质量损失率由1.8%降至0.6%。".into(),
    }
}

pub(super) fn entries(with_plaque: bool) -> Vec<ListEntry> {
    [
        (
            "郑州精工机械有限公司",
            "郑州精工机械有限公司实施六西格玛设计的经验",
            "中原区",
            "全面质量管理",
        ),
        (
            "河南中原食品股份有限公司",
            "河南中原食品股份有限公司推行数字化追溯的经验",
            "金水区",
            "新一代信息技术",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (e, b, d, dir))| ListEntry {
        enterprise: e.to_string(),
        benchmark_name: b.to_string(),
        district: d.to_string(),
        direction: dir.to_string(),
        plaque_number: if with_plaque {
            format!("郑质标〔2026〕{:03}号", i + 1)
        } else {
            String::new()
        },
    })
    .collect()
}

/// The named part of a zip file as text.
pub(super) fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut file = zip.by_name(name).expect(name);
    let mut s = String::new();
    file.read_to_string(&mut s).expect("utf-8 part");
    s
}

/// The text runs of a WordprocessingML part, concatenated.
fn text_of(xml: &str) -> String {
    xml.split("<w:t")
        .skip(1)
        .filter_map(|s| {
            s.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</w:t>"))
        })
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn application_form_holds_every_value() {
    let doc = application();
    let bytes = application_form_docx(&doc).expect("docx");
    let xml = part(&bytes, "word/document.xml");
    assert!(
        xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""),
        "A4"
    );
    let text = text_of(&xml);
    let r = &doc.recommender;
    for v in [
        &doc.enterprise_name,
        &doc.credit_code,
        &doc.industry,
        &doc.district,
        &doc.direction,
        &doc.benchmark_name,
        &doc.address,
        &doc.postcode,
        &doc.contact,
        &doc.phone,
        &doc.mobile,
        &doc.fax,
        &doc.email,
        &doc.enterprise_seal,
        &doc.legal_rep_signature,
        &doc.signed_on,
        &r.unit,
        &r.opinion,
        &r.seal,
        &r.signed_on,
    ] {
        assert!(text.contains(v.as_str()), "missing {v}");
    }
    for f in &doc.figures {
        for v in [&f.year, &f.assets, &f.sales, &f.profit, &f.employees] {
            assert!(text.contains(v.as_str()), "missing {v}");
        }
    }
    for label in [
        "申报企业",
        "统一社会信用代码",
        "基本情况",
        "资产总额（万元）",
        "对2026年质量标杆活动",
        "企业名称（公章）：",
        "法人代表签字：",
        "推荐单位意见",
        "推荐单位公章：",
    ] {
        assert!(text.contains(label), "missing {label}");
    }
    assert!(xml.contains("w:eastAsia=\"宋体\"") && xml.contains("w:eastAsia=\"黑体\""));
    assert!(xml.contains("w:vMerge"), "基本情况 spans its rows");
    let styles = part(&bytes, "word/styles.xml");
    assert!(
        styles.contains("w:eastAsia=\"zh-CN\""),
        "Chinese text language"
    );
}

#[test]
fn blank_boxes_stay_blank_for_wet_seals() {
    let mut doc = application();
    doc.enterprise_seal.clear();
    doc.signed_on.clear();
    doc.recommender = RecommenderPart::default();
    let text = text_of(&part(
        &application_form_docx(&doc).expect("docx"),
        "word/document.xml",
    ));
    assert!(text.contains("企业名称（公章）：法人代表签字"));
    assert!(text.contains("年　　月　　日"));
}

#[test]
fn more_than_three_years_is_refused() {
    let mut doc = application();
    doc.figures.push(doc.figures[0].clone());
    let e = application_form_docx(&doc).unwrap_err();
    assert!(e.to_string().contains("最多3个年度"), "{e}");
}

#[test]
fn summary_materials_follow_annex_2_format() {
    let m = materials();
    let xml = part(
        &summary_materials_docx(&m).expect("docx"),
        "word/document.xml",
    );
    let text = text_of(&xml);
    for v in [&m.title, &m.summary, &m.profile, &m.results] {
        assert!(text.contains(v.as_str()), "missing {v}");
    }
    for h in materials::HEADINGS {
        assert!(text.contains(h), "missing {h}");
    }
    // Title 黑体 小二 (36 half-points), 摘要 宋体 四号 bold (28), body 宋体 小四 (24),
    // single spacing, two-character first-line indent.
    let title_run = xml.split(&m.title).next().unwrap_or_default();
    let title_run = &title_run[title_run.rfind("<w:r>").unwrap_or(0)..];
    assert!(title_run.contains("w:eastAsia=\"黑体\"") && title_run.contains("w:val=\"36\""));
    let abstract_run = xml.split(">摘要<").next().unwrap_or_default();
    let abstract_run = &abstract_run[abstract_run.rfind("<w:r>").unwrap_or(0)..];
    assert!(abstract_run.contains("<w:b />") || abstract_run.contains("<w:b/>"));
    assert!(abstract_run.contains("w:val=\"28\"") && abstract_run.contains("w:eastAsia=\"宋体\""));
    assert!(xml.contains("w:firstLine=\"480\""), "two 12 pt characters");
    assert!(xml.contains("w:line=\"240\"") && xml.contains("w:lineRule=\"auto\""));
}

pub(super) fn notice() -> PublicityNotice {
    PublicityNotice {
        year: "2026".into(),
        entries: entries(false),
        period_start: "2026年6月1日".into(),
        period_end: "2026年6月5日".into(),
        working_days: 5,
        objection_office: "郑州市工业和信息化局质量发展处".into(),
        contact_person: "赵琳".into(),
        phone: "0371-67180000".into(),
        email: "zlfz@example.gov.cn".into(),
        address: "郑州市中原区中原西路233号".into(),
        online_channel: "市工信局质量标杆申报系统公示栏".into(),
        issuer: "郑州市工业和信息化局".into(),
        issued_on: "2026年5月29日".into(),
    }
}

pub(super) fn recognition() -> RecognitionList {
    RecognitionList {
        document_number: "郑工信〔2026〕35号".into(),
        year: "2026".into(),
        entries: entries(true),
        publicity_period: "2026年6月1日至6月5日".into(),
        issuer: "郑州市工业和信息化局".into(),
        seal: "已加盖电子印章（郑州市工业和信息化局，2026年6月10日）".into(),
        issued_on: "2026年6月10日".into(),
    }
}

#[test]
fn lists_carry_period_number_and_entries() {
    let notice = notice();
    let text = text_of(&part(
        &publicity_notice_docx(&notice).expect("docx"),
        "word/document.xml",
    ));
    for v in [
        "关于2026年度郑州市质量标杆拟认定名单的公示",
        "2026年6月1日至2026年6月5日（5个工作日）",
        "实名提出",
        "匿名异议",
        "0371-67180000",
        "市工信局质量标杆申报系统公示栏",
        "河南中原食品股份有限公司推行数字化追溯的经验",
        "新一代信息技术",
        "2026年5月29日",
    ] {
        assert!(text.contains(v), "notice missing {v}");
    }
    let list = recognition();
    let xml = part(
        &recognition_list_docx(&list).expect("docx"),
        "word/document.xml",
    );
    let text = text_of(&xml);
    for v in [
        "郑工信〔2026〕35号",
        "关于公布2026年度郑州市质量标杆名单的通知",
        "郑质标〔2026〕002号",
        "郑州精工机械有限公司",
        "已加盖电子印章（郑州市工业和信息化局，2026年6月10日）",
    ] {
        assert!(text.contains(v), "list missing {v}");
    }
    assert!(
        xml.contains("w:color=\"C00000\""),
        "red rule under the number"
    );
}

#[test]
fn ranking_sheet_has_frozen_chinese_header() {
    let ranking = ExpertRanking {
        title: "2026年度郑州市质量标杆专家评审排名".into(),
        expert_labels: (1..=5).map(|i| format!("专家{i}")).collect(),
        rows: vec![
            RankingRow {
                rank: 1,
                enterprise: "郑州精工机械有限公司".into(),
                district: "中原区".into(),
                direction: "全面质量管理".into(),
                benchmark_name: "郑州精工机械有限公司实施六西格玛设计的经验".into(),
                expert_totals: vec![Some(53.5), Some(52.0), Some(51.0), Some(55.0), Some(49.5)],
                aggregate: Some(52.17),
                status: "拟认定".into(),
            },
            RankingRow {
                rank: 2,
                enterprise: "河南中原食品股份有限公司".into(),
                district: "金水区".into(),
                direction: "新一代信息技术".into(),
                benchmark_name: "推行数字化追溯的经验".into(),
                expert_totals: vec![Some(48.0), None, Some(47.5), Some(50.0), Some(46.0)],
                aggregate: None,
                status: "评分中".into(),
            },
        ],
        note: "汇总得分：去掉一个最高分和一个最低分后取平均。".into(),
    };
    let bytes = expert_ranking_xlsx(&ranking).expect("xlsx");
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("xSplit=\"2\"") && sheet.contains("ySplit=\"2\""),
        "frozen"
    );
    assert!(sheet.contains("<autoFilter ref=\"A2:L4\""), "{sheet}");
    assert!(sheet.contains("<col "), "column widths");
    let strings = part(&bytes, "xl/sharedStrings.xml");
    for h in [
        "名次",
        "企业名称",
        "所在地区",
        "遴选方向",
        "专家5",
        "汇总得分",
        "状态",
        "拟认定",
    ] {
        assert!(strings.contains(h), "missing {h}");
    }
    assert!(sheet.contains("<v>52.17</v>") && sheet.contains("<v>49.5</v>"));
    let book = part(&bytes, "xl/workbook.xml");
    assert!(book.contains("专家评审排名"));
}
