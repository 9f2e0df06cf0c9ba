//! Form-level tests: each field rule with valid and invalid values, drafts and
//! submissions, and the sample application fixture.

use super::credit_code::tests::complete;
use super::*;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{FieldDef, FieldKind};
use crate::bindings::zhengzhou::quality_benchmark::types::{
    AttachmentRef, FieldValue, Scalar, SealRef, TableRow,
};
use crate::district::DISTRICTS;

const FIXTURE: &str = include_str!("../../../tests/fixtures/sample-application.json");

fn text(id: &str, s: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Text(s.into()),
    }
}
fn num(id: &str, x: f64) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Number(x),
    }
}
fn flag(id: &str, b: bool) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Flag(b),
    }
}
fn choice(id: &str, s: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Choice(s.into()),
    }
}
fn choices(id: &str, list: &[&str]) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Choices(list.iter().map(|s| (*s).into()).collect()),
    }
}
fn date(id: &str, s: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Date(s.into()),
    }
}
fn seal(id: &str) -> Field {
    let s = SealRef {
        id: "seal-1".into(),
        purpose: crate::contract::SealPurpose {
            case_id: None,
            action: crate::contract::Action::Recommend,
            field: id.into(),
        },
        capacity: crate::contract::SealCapacity::OrgSeal,
        holder: "zhongyuan".into(),
        signer: "u-1".into(),
        signed_at: "2026-03-01T10:00:00+08:00".into(),
        digest: "00".repeat(32),
    };
    Field {
        id: id.into(),
        value: FieldValue::Seal(s),
    }
}
fn files(id: &str, n: usize) -> Field {
    let a = |i: usize| AttachmentRef {
        id: format!("att-{i}"),
        name: format!("材料{i}.pdf"),
        media_type: "application/pdf".into(),
        size: 1024,
        sha256: "ab".repeat(32),
    };
    Field {
        id: id.into(),
        value: FieldValue::Attachments((0..n).map(a).collect()),
    }
}
fn figures(rows: &[(&str, &[(&str, f64)])]) -> Field {
    let rows = rows
        .iter()
        .map(|(key, cells)| TableRow {
            key: (*key).into(),
            cells: cells
                .iter()
                .map(|(c, x)| ((*c).into(), Scalar::Number(*x)))
                .collect(),
        })
        .collect();
    Field {
        id: "basic-figures".into(),
        value: FieldValue::Table(rows),
    }
}

fn check(form: &str, values: &[Field], mode: CheckMode) -> Vec<FieldError> {
    validate(form, values, mode).expect("known form")
}
fn draft(form: &str, values: &[Field]) -> Vec<(String, String)> {
    pairs(&check(form, values, CheckMode::Draft))
}
fn pairs(errors: &[FieldError]) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|e| (e.field.clone(), e.code.clone()))
        .collect()
}
/// Draft errors of one value: the list of (field, code).
fn one(form: &str, value: Field) -> Vec<(String, String)> {
    draft(form, &[value])
}
fn err(field: &str, code: &str) -> Vec<(String, String)> {
    vec![(field.into(), code.into())]
}
fn ok() -> Vec<(String, String)> {
    Vec::new()
}
fn cycle(pattern: &str, n: usize) -> String {
    pattern.chars().cycle().take(n).collect()
}
fn fixture() -> Vec<(String, Vec<Field>)> {
    let v: serde_json::Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    forms_from_json(&v).expect("fixture has the forms shape")
}
fn fixture_form(id: &str) -> Vec<Field> {
    fixture()
        .into_iter()
        .find(|(f, _)| f == id)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

#[test]
fn every_form_is_listed_and_well_formed() {
    let list = list();
    assert_eq!(list.len(), 18);
    for (id, title) in &list {
        let def = definition(id).expect("listed forms are defined");
        assert_eq!(&def.id, id);
        assert_eq!(&def.title, title);
        let fields: Vec<_> = def.sections.iter().flat_map(|s| &s.fields).collect();
        let mut ids: Vec<_> = fields.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), fields.len(), "unique field ids in {id}");
        for f in fields {
            assert!(!f.label.is_empty());
            if matches!(f.kind, FieldKind::Select | FieldKind::MultiSelect) {
                assert!(!f.options.is_empty(), "{id}.{}", f.id);
            }
            if matches!(f.kind, FieldKind::Statement) {
                assert!(f.help.as_ref().is_some_and(|h| !h.is_empty()));
            }
        }
        // An empty draft is always valid.
        assert!(check(id, &[], CheckMode::Draft).is_empty(), "{id}");
    }
    assert!(definition("nope").is_none());
    assert!(validate("nope", &[], CheckMode::Draft).is_none());
}

#[test]
fn application_form_selects() {
    let def = definition(ids::APPLICATION_FORM).expect("defined");
    let field = |id: &str| {
        def.sections
            .iter()
            .flat_map(|s| &s.fields)
            .find(|f| f.id == id)
            .cloned()
    };
    let district = field("district").expect("district field");
    assert_eq!(district.options.len(), DISTRICTS.len());
    assert_eq!(district.options[0].value, "zhongyuan");
    let direction = field("direction").expect("direction field");
    let values: Vec<_> = direction.options.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(values, ["tqm", "next-gen-it", "new-models", "specialised"]);
    let industry = field("industry").expect("industry field");
    assert!(
        industry
            .options
            .iter()
            .any(|o| o.value == "other" && o.label == "其他")
    );
    assert!(industry.options.iter().any(|o| o.label == "铝精深加工"));
    let declaration = field("declaration")
        .and_then(|f| f.help)
        .unwrap_or_default();
    assert!(declaration.contains("对2026年质量标杆活动所提交的材料真实性负责"));

    let f = ids::APPLICATION_FORM;
    assert_eq!(one(f, choice("district", "jinshui")), ok());
    assert_eq!(
        one(f, choice("district", "beijing")),
        err("district", "bad-choice")
    );
    assert_eq!(one(f, choice("industry", "aluminium")), ok());
    assert_eq!(
        one(f, choice("industry", "steel")),
        err("industry", "bad-choice")
    );
    for d in ["tqm", "next-gen-it", "new-models", "specialised"] {
        assert_eq!(one(f, choice("direction", d)), ok());
    }
    assert_eq!(
        one(f, choice("direction", "TQM")),
        err("direction", "bad-choice")
    );
    assert_eq!(
        one(f, text("direction", "tqm")),
        err("direction", "wrong-type")
    );
}

#[test]
fn title_limit_counts_characters() {
    let f = ids::APPLICATION_MATERIALS;
    let forty = format!("{}经验", cycle("中原精工实施六西格玛设计", 38));
    let forty_one = format!("{}经验", cycle("中原精工实施六西格玛设计", 39));
    assert_eq!(count_chars(&forty), 40);
    assert_eq!(count_chars(&forty_one), 41);
    assert_eq!(one(f, text("title", &forty)), ok());
    let errors = check(f, &[text("title", &forty_one)], CheckMode::Draft);
    assert_eq!(pairs(&errors), err("title", "too-long"));
    assert_eq!(
        errors[0].message,
        "质量标杆名称不能超过40个字（当前41个字）"
    );
    assert_eq!(
        one(f, text("title", "中原精工实施六西格玛设计")),
        err("title", "naming-rule")
    );
    // The same rules hold for 附件1's 标杆名称.
    assert_eq!(
        one(ids::APPLICATION_FORM, text("benchmark-name", &forty_one)),
        err("benchmark-name", "too-long")
    );
    assert_eq!(
        one(ids::APPLICATION_FORM, text("benchmark-name", "六西格玛")),
        err("benchmark-name", "naming-rule")
    );
    let help = definition(f)
        .and_then(|d| d.sections[0].fields[0].help.clone())
        .unwrap_or_default();
    assert!(help.contains("××公司实施六西格玛设计的经验"));
}

#[test]
fn mixed_text_exactly_at_the_limit() {
    let f = ids::APPLICATION_MATERIALS;
    for (id, max) in [
        ("summary", limits::SUMMARY_MAX),
        ("profile", limits::PROFILE_MAX),
        ("implementation", limits::IMPLEMENTATION_MAX),
        ("results", limits::RESULTS_MAX),
    ] {
        let at = cycle("ISO9001质量", max as usize);
        assert!(at.len() > max as usize, "more bytes than characters");
        assert_eq!(one(f, text(id, &at)), ok(), "{id}");
        let over = cycle("ISO9001质量", max as usize + 1);
        let errors = check(f, &[text(id, &over)], CheckMode::Draft);
        assert_eq!(pairs(&errors), err(id, "too-long"));
        assert!(errors[0].message.contains(&format!("当前{}个字", max + 1)));
    }
    assert_eq!(one(f, files("evidence", 2)), ok());
}

#[test]
fn benchmark_name_must_name_the_enterprise() {
    let f = ids::APPLICATION_FORM;
    let name = text("enterprise-name", "郑州中原精工机械有限公司");
    assert_eq!(
        draft(
            f,
            &[
                name.clone(),
                text("benchmark-name", "中原精工实施六西格玛设计的经验")
            ]
        ),
        ok()
    );
    assert_eq!(
        draft(
            f,
            &[name, text("benchmark-name", "××公司实施六西格玛设计的经验")]
        ),
        err("benchmark-name", "naming-rule")
    );
}

#[test]
fn credit_codes() {
    let f = ids::APPLICATION_FORM;
    let code = complete("91410102MA44XKQ7P");
    assert_eq!(one(f, text("credit-code", &code)), ok());
    assert_eq!(one(f, text("credit-code", "91350100M000100Y43")), ok());
    assert_eq!(
        one(f, text("credit-code", "91350100M000100Y42")),
        err("credit-code", "credit-code-check-digit")
    );
    let wrong = format!(
        "{}{}",
        &code[..17],
        if code.ends_with('0') { '1' } else { '0' }
    );
    assert_eq!(
        one(f, text("credit-code", &wrong)),
        err("credit-code", "credit-code-check-digit")
    );
    assert_eq!(
        one(f, text("credit-code", "9135010M000100Y43")),
        err("credit-code", "credit-code-format")
    );
    assert_eq!(
        one(f, text("credit-code", "91350100MOOO100Y43")),
        err("credit-code", "credit-code-format")
    );
    assert_eq!(credit_code::division(&code), Some("410102"));
}

#[test]
fn contact_formats() {
    let f = ids::APPLICATION_FORM;
    let cases: [(&str, &str, Option<&str>); 16] = [
        ("phone", "0371-67891234", None),
        ("phone", "0371-67891234-802", None),
        ("phone", "67891234", Some("bad-phone")),
        ("fax", "0371-67891235", None),
        ("fax", "传真同电话", Some("bad-phone")),
        ("fax", "", None),
        ("mobile", "13838012345", None),
        ("mobile", "1383801234", Some("bad-mobile")),
        ("mobile", "0371-67891234", Some("bad-mobile")),
        ("email", "quality@zyjg.com.cn", None),
        ("email", "quality@zyjg", Some("bad-email")),
        ("postcode", "450007", None),
        ("postcode", "45007", Some("bad-postcode")),
        ("address", &cycle("郑州市中原区建设西路", 200), None),
        (
            "address",
            &cycle("郑州市中原区建设西路", 201),
            Some("too-long"),
        ),
        ("contact", "王晓敏", None),
    ];
    for (id, value, code) in cases {
        let expected = code.map_or_else(ok, |c| err(id, c));
        assert_eq!(one(f, text(id, value)), expected, "{id} = {value}");
    }
    // Surrounding blanks are ignored by format checks.
    assert_eq!(one(f, text("mobile", " 13838012345 ")), ok());
}

#[test]
fn basic_figures_table() {
    let f = ids::APPLICATION_FORM;
    let full = |y| -> (&str, &[(&str, f64)]) {
        (
            y,
            &[
                ("assets", 100.5),
                ("sales", 80.0),
                ("profit", -12.3),
                ("employees", 45.0),
            ],
        )
    };
    let all = figures(&[full("2023"), full("2024"), full("2025")]);
    assert_eq!(one(f, all.clone()), ok(), "negative profit is allowed");
    assert!(
        check(f, &[all], CheckMode::Submit)
            .iter()
            .all(|e| !e.field.starts_with("basic-figures"))
    );

    assert_eq!(
        one(f, figures(&[("2024", &[("assets", -1.0)])])),
        err("basic-figures.2024.assets", "negative")
    );
    assert_eq!(
        one(f, figures(&[("2024", &[("sales", -0.5)])])),
        err("basic-figures.2024.sales", "negative")
    );
    assert_eq!(
        one(f, figures(&[("2024", &[("employees", 12.5)])])),
        err("basic-figures.2024.employees", "not-integer")
    );
    assert_eq!(
        one(f, figures(&[("2024", &[("employees", -3.0)])])),
        err("basic-figures.2024.employees", "negative")
    );
    assert_eq!(
        one(f, figures(&[("2020", &[("assets", 1.0)])])),
        err("basic-figures.2020", "unknown-row")
    );
    assert_eq!(
        one(f, figures(&[("2024", &[("debt", 1.0)])])),
        err("basic-figures.2024.debt", "unknown-column")
    );
    assert_eq!(
        one(f, figures(&[("2024", &[("assets", f64::NAN)])])),
        err("basic-figures.2024.assets", "not-a-number")
    );
    let errors = check(
        f,
        &[figures(&[("2024", &[("assets", -1.0)])])],
        CheckMode::Draft,
    );
    assert_eq!(errors[0].message, "基本情况2024年资产总额不能为负数");
    let text_cell = Field {
        id: "basic-figures".into(),
        value: FieldValue::Table(vec![TableRow {
            key: "2024".into(),
            cells: vec![("assets".into(), Scalar::Text("一亿".into()))],
        }]),
    };
    assert_eq!(
        one(f, text_cell),
        err("basic-figures.2024.assets", "not-a-number")
    );
    assert_eq!(
        one(f, figures(&[full("2024"), full("2024")])),
        err("basic-figures.2024", "duplicate-row")
    );

    // A partial table is fine in a draft; at submission every missing cell is named.
    let partial = figures(&[full("2023"), ("2024", &[("sales", 1.0)])]);
    assert_eq!(one(f, partial.clone()), ok());
    let missing: Vec<_> = check(f, &[partial], CheckMode::Submit)
        .into_iter()
        .filter(|e| e.field.starts_with("basic-figures"))
        .map(|e| (e.field, e.code))
        .collect();
    let expected: Vec<_> = [
        "2024.assets",
        "2024.profit",
        "2024.employees",
        "2025.assets",
        "2025.sales",
        "2025.profit",
        "2025.employees",
    ]
    .iter()
    .map(|c| (format!("basic-figures.{c}"), "required".to_string()))
    .collect();
    assert_eq!(missing, expected);

    // The rows follow the batch year.
    assert_eq!(figure_years(2027), ["2024", "2025", "2026"]);
    let next = figures(&[full("2026")]);
    assert_eq!(
        pairs(
            &validate_for_year(f, std::slice::from_ref(&next), CheckMode::Draft, 2027)
                .unwrap_or_default()
        ),
        ok()
    );
    assert_eq!(one(f, next), err("basic-figures.2026", "unknown-row"));
}

#[test]
fn draft_accepts_partial_submit_names_every_missing_field() {
    let f = ids::APPLICATION_FORM;
    let partial = [
        text("enterprise-name", "郑州中原精工机械有限公司"),
        flag("commitment", false),
    ];
    assert_eq!(draft(f, &partial), ok());
    let errors = check(f, &partial, CheckMode::Submit);
    let mut missing: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(errors.iter().all(|e| e.code == "required"));
    missing.sort_unstable();
    let mut expected = vec![
        "credit-code",
        "industry",
        "district",
        "direction",
        "benchmark-name",
        "benchmark-intro",
        "address",
        "postcode",
        "contact",
        "phone",
        "mobile",
        "email",
        "basic-figures",
        "independent-legal-entity",
        "quality-system",
        "commitment",
        "enterprise-seal",
        "legal-rep-signature",
    ];
    expected.sort_unstable();
    assert_eq!(missing, expected);
    let commitment = errors
        .iter()
        .find(|e| e.field == "commitment")
        .map(|e| e.message.as_str());
    assert!(commitment.is_some_and(|m| m.starts_with("请勾选“承诺被遴选为质量标杆后")));
    let seal_msg = errors
        .iter()
        .find(|e| e.field == "legal-rep-signature")
        .map(|e| e.message.as_str());
    assert_eq!(seal_msg, Some("缺少法人代表签字"));
    // Blank text counts as missing.
    let blank = check(f, &[text("contact", "  ")], CheckMode::Submit);
    assert!(pairs(&blank).contains(&("contact".into(), "required".into())));

    let materials = check(ids::APPLICATION_MATERIALS, &[], CheckMode::Submit);
    let mut missing: Vec<_> = materials.iter().map(|e| e.field.as_str()).collect();
    missing.sort_unstable();
    assert_eq!(
        missing,
        ["implementation", "profile", "results", "summary", "title"]
    );
}

#[test]
fn malformed_submissions() {
    let f = ids::APPLICATION_FORM;
    assert_eq!(
        one(f, text("shoe-size", "42")),
        err("shoe-size", "unknown-field")
    );
    assert_eq!(
        one(f, num("enterprise-name", 1.0)),
        err("enterprise-name", "wrong-type")
    );
    assert_eq!(
        one(f, text("declaration", "同意")),
        err("declaration", "read-only")
    );
    assert_eq!(
        draft(f, &[text("contact", "王"), text("contact", "李")]),
        err("contact", "duplicate-field")
    );
    assert_eq!(
        one(f, text("quality-system", "有")),
        err("quality-system", "wrong-type")
    );
    assert_eq!(
        one(f, flag("quality-system", false)),
        ok(),
        "drafts may leave a box unticked"
    );
}

#[test]
fn batch_config() {
    let f = ids::BATCH_CONFIG;
    let valid = vec![
        num("year", 2026.0),
        choices(
            "directions",
            &["tqm", "next-gen-it", "new-models", "specialised"],
        ),
        choices("key-industries", &["electronics", "aluminium"]),
        date("application-deadline", "2026-04-30"),
        date("district-deadline", "2026-05-20"),
        num("panel-size", 5.0),
        num("publicity-days", 5.0),
    ];
    assert_eq!(
        pairs(&check(f, &valid, CheckMode::Submit)),
        ok(),
        "quota is optional"
    );
    assert_eq!(one(f, num("district-quota", 0.0)), ok());
    assert_eq!(one(f, num("district-quota", 3.0)), ok());
    assert_eq!(
        one(f, num("district-quota", -1.0)),
        err("district-quota", "negative")
    );
    assert_eq!(
        one(f, num("district-quota", 2.5)),
        err("district-quota", "not-integer")
    );
    assert_eq!(one(f, num("year", 2026.5)), err("year", "not-integer"));
    assert_eq!(one(f, num("year", 1999.0)), err("year", "out-of-range"));
    assert_eq!(
        one(f, text("year", "二〇二六")),
        err("year", "not-a-number")
    );
    assert_eq!(
        one(f, choices("directions", &["tqm", "quality"])),
        err("directions", "bad-choice")
    );
    assert_eq!(
        one(f, choices("directions", &["tqm", "tqm"])),
        err("directions", "duplicate-choice")
    );
    assert_eq!(
        one(f, choices("key-industries", &["other"])),
        err("key-industries", "bad-choice")
    );
    assert_eq!(
        one(f, date("application-deadline", "2026-02-29")),
        err("application-deadline", "bad-date")
    );
    assert_eq!(
        one(f, date("application-deadline", "2026/04/30")),
        err("application-deadline", "bad-date")
    );
    assert_eq!(one(f, date("application-deadline", "2028-02-29")), ok());
    assert_eq!(
        one(f, num("panel-size", 2.0)),
        err("panel-size", "out-of-range")
    );
    assert_eq!(
        one(f, num("panel-size", 16.0)),
        err("panel-size", "out-of-range")
    );
    assert_eq!(one(f, num("panel-size", 3.0)), ok());
    assert_eq!(one(f, num("panel-size", 15.0)), ok());
    assert_eq!(
        one(f, num("panel-size", 4.5)),
        err("panel-size", "not-integer")
    );
    assert_eq!(
        one(f, num("publicity-days", 4.0)),
        err("publicity-days", "out-of-range")
    );
    assert_eq!(one(f, num("publicity-days", 7.0)), ok());
    let late = [
        date("application-deadline", "2026-04-30"),
        date("district-deadline", "2026-04-29"),
    ];
    assert_eq!(draft(f, &late), err("district-deadline", "date-order"));
    let mut empty = valid.clone();
    empty[1] = choices("directions", &[]);
    assert_eq!(
        pairs(&check(f, &empty, CheckMode::Submit)),
        err("directions", "required")
    );
}

#[test]
fn district_opinion() {
    let f = ids::DISTRICT_OPINION;
    let valid = vec![
        text("recommender-contact", "张敏"),
        text("recommender-phone", "0371-68881234"),
        text("recommender-mobile", "13903712345"),
        text(
            "opinion",
            "经审查核实，该企业申报材料真实，符合认定条件，同意推荐。",
        ),
        seal("district-seal"),
    ];
    assert_eq!(pairs(&check(f, &valid, CheckMode::Submit)), ok());
    assert_eq!(
        pairs(&check(f, &valid[..4], CheckMode::Submit)),
        err("district-seal", "required")
    );
    assert_eq!(one(f, num("rank", 1.0)), ok());
    assert_eq!(one(f, num("rank", 0.0)), err("rank", "out-of-range"));
    assert_eq!(one(f, num("rank", 1.5)), err("rank", "not-integer"));
    assert_eq!(one(f, text("opinion", &cycle("同意推荐", 1000))), ok());
    assert_eq!(
        one(f, text("opinion", &cycle("同意推荐", 1001))),
        err("opinion", "too-long")
    );
    assert_eq!(
        one(f, text("district-seal", "公章")),
        err("district-seal", "wrong-type")
    );
}

#[test]
fn formal_check() {
    let f = ids::FORMAL_CHECK;
    assert_eq!(
        pairs(&check(f, &[choice("result", "accept")], CheckMode::Submit)),
        ok()
    );
    assert_eq!(
        pairs(&check(f, &[choice("result", "return")], CheckMode::Submit)),
        err("note", "required")
    );
    let returned = [
        choice("result", "return"),
        text("note", "缺少近三年财务数据"),
    ];
    assert_eq!(pairs(&check(f, &returned, CheckMode::Submit)), ok());
    assert_eq!(
        one(f, choice("result", "maybe")),
        err("result", "bad-choice")
    );
    assert_eq!(
        one(f, choice("result", "return")),
        ok(),
        "a draft may lack the note"
    );
}

#[test]
fn score_sheet() {
    let f = ids::SCORE_SHEET;
    let mut valid: Vec<Field> = SCORE_ITEMS.iter().map(|id| num(id, 8.5)).collect();
    valid.push(text("comments", "方法科学，数据充分，具有推广价值。"));
    assert_eq!(pairs(&check(f, &valid, CheckMode::Submit)), ok());
    assert_eq!(MAX_ITEM_SCORE, 10.0);
    for x in [0.0, 10.0, 7.3] {
        assert_eq!(one(f, num("effect-2", x)), ok(), "{x}");
    }
    assert_eq!(
        one(f, num("innovation-1", 10.5)),
        err("innovation-1", "out-of-range")
    );
    assert_eq!(
        one(f, num("innovation-2", -1.0)),
        err("innovation-2", "negative")
    );
    assert_eq!(
        one(f, num("system-1", 8.25)),
        err("system-1", "too-many-decimals")
    );
    assert_eq!(
        one(f, num("system-2", f64::INFINITY)),
        err("system-2", "not-a-number")
    );
    assert_eq!(
        one(f, text("effect-1", "八分")),
        err("effect-1", "not-a-number")
    );
    assert_eq!(
        one(f, text("comments", &cycle("意见", 2001))),
        err("comments", "too-long")
    );
    let errors = check(f, &valid[..6], CheckMode::Submit);
    assert_eq!(pairs(&errors), err("comments", "required"));
    let def = definition(f).expect("defined");
    let help = def.sections[2].fields[0].help.clone().unwrap_or_default();
    assert!(help.contains("利用与竞争对手和标杆的对比数据"));
    assert_eq!(def.sections[0].title, "（一）科学性和创新性");
}

#[test]
fn conflict_declaration() {
    let f = ids::CONFLICT_DECLARATION;
    assert_eq!(pairs(&check(f, &[], CheckMode::Submit)), ok());
    assert_eq!(
        pairs(&check(f, &[flag("has-conflict", false)], CheckMode::Submit)),
        ok()
    );
    assert_eq!(
        pairs(&check(f, &[flag("has-conflict", true)], CheckMode::Submit)),
        err("reason", "required")
    );
    let declared = [
        flag("has-conflict", true),
        text("reason", "本人近三年曾为该企业提供咨询服务"),
    ];
    assert_eq!(pairs(&check(f, &declared, CheckMode::Submit)), ok());
}

#[test]
fn defence_and_site_visit_records() {
    for f in [ids::DEFENCE_RECORD, ids::SITE_VISIT_RECORD] {
        let valid = vec![
            date("date", "2026-06-18"),
            text("participants", "评审专家5人，市工信局2人，企业3人"),
            text("findings", "企业介绍清晰，现场数据与申报材料一致。"),
            choice("result", "pass"),
        ];
        assert_eq!(pairs(&check(f, &valid, CheckMode::Submit)), ok(), "{f}");
        assert_eq!(one(f, date("date", "2026-06-31")), err("date", "bad-date"));
        assert_eq!(
            one(f, choice("result", "excellent")),
            err("result", "bad-choice")
        );
        assert_eq!(one(f, choice("result", "fail")), ok());
        assert_eq!(one(f, text("findings", &cycle("现场ISO", 4000))), ok());
        assert_eq!(
            one(f, text("findings", &cycle("现场ISO", 4001))),
            err("findings", "too-long")
        );
        assert_eq!(one(f, files("materials", 3)), ok());
        assert_eq!(
            pairs(&check(f, &valid[1..], CheckMode::Submit)),
            err("date", "required")
        );
    }
}

#[test]
fn objection() {
    let f = ids::OBJECTION;
    let base = vec![
        text("name", "赵磊"),
        text("contact", "13607551234"),
        text("target", "郑州中原精工机械有限公司"),
        text("facts", "该企业2025年发生一起产品质量投诉未如实说明。"),
    ];
    assert_eq!(
        pairs(&check(f, &base, CheckMode::Submit)),
        err("id-number", "required")
    );
    let mut person = base.clone();
    person.push(text("id-number", "11010519491231002X"));
    assert_eq!(pairs(&check(f, &person, CheckMode::Submit)), ok());
    let mut org = base.clone();
    org.push(seal("organisation-seal"));
    assert_eq!(pairs(&check(f, &org, CheckMode::Submit)), ok());
    assert_eq!(
        one(f, text("id-number", "110105194912310021")),
        err("id-number", "bad-id-number")
    );
    assert_eq!(
        one(f, text("id-number", "1101051949123100")),
        err("id-number", "bad-id-number")
    );
    assert_eq!(one(f, text("contact", "0371-67891234")), ok());
    assert_eq!(
        one(f, text("contact", "12345")),
        err("contact", "bad-phone")
    );
    assert_eq!(
        one(f, text("facts", &cycle("事实", 2001))),
        err("facts", "too-long")
    );
    assert_eq!(one(f, files("evidence", 1)), ok());
}

#[test]
fn objection_decision_and_revocation() {
    let f = ids::OBJECTION_DECISION;
    let errors = pairs(&check(f, &[choice("result", "upheld")], CheckMode::Submit));
    assert_eq!(errors, err("reason", "required"));
    assert_eq!(one(f, choice("result", "dismissed")), ok());
    assert_eq!(
        one(f, choice("result", "partly")),
        err("result", "bad-choice")
    );

    let f = ids::REVOCATION;
    let valid = vec![
        choice("reason-kind", "safety"),
        text("reason", "2026年8月发生一起较大生产安全责任事故。"),
        files("evidence", 1),
    ];
    assert_eq!(pairs(&check(f, &valid, CheckMode::Submit)), ok());
    let mut no_files = valid.clone();
    no_files[2] = files("evidence", 0);
    assert_eq!(
        pairs(&check(f, &no_files, CheckMode::Submit)),
        err("evidence", "required")
    );
    for k in ["quality", "environment"] {
        assert_eq!(one(f, choice("reason-kind", k)), ok());
    }
    assert_eq!(
        one(f, choice("reason-kind", "finance")),
        err("reason-kind", "bad-choice")
    );
}

#[test]
fn messages_name_the_field() {
    for (id, _) in list() {
        let def = definition(&id).expect("defined");
        for e in check(&id, &[], CheckMode::Submit) {
            let label = def
                .sections
                .iter()
                .flat_map(|s| &s.fields)
                .find(|f| f.id == e.field)
                .map(|f| f.label.clone())
                .unwrap_or_default();
            assert!(
                e.message.contains(&label),
                "{id}: {} does not name {label}",
                e.message
            );
            assert!(e.code.is_ascii());
        }
    }
}

#[test]
fn sample_application_fixture_is_valid() {
    let app = fixture_form(ids::APPLICATION_FORM);
    let materials = fixture_form(ids::APPLICATION_MATERIALS);
    assert!(!app.is_empty() && !materials.is_empty());
    // Seals are applied by the host: they are the only missing fields.
    let errors = pairs(&check(ids::APPLICATION_FORM, &app, CheckMode::Submit));
    let mut expected = err("enterprise-seal", "required");
    expected.extend(err("legal-rep-signature", "required"));
    assert_eq!(errors, expected);
    let mut sealed = app.clone();
    sealed.extend([seal("enterprise-seal"), seal("legal-rep-signature")]);
    assert_eq!(
        pairs(&check(ids::APPLICATION_FORM, &sealed, CheckMode::Submit)),
        ok()
    );
    assert_eq!(
        pairs(&check(
            ids::APPLICATION_MATERIALS,
            &materials,
            CheckMode::Submit
        )),
        ok()
    );

    let name = values::text(&app, "enterprise-name").unwrap_or_default();
    let title = values::text(&materials, "title").unwrap_or_default();
    assert!(check_title_names_enterprise(title, name).is_none());
    let code = values::text(&app, "credit-code").unwrap_or_default();
    assert_eq!(credit_code::check(code), Ok(()));
    let district = values::choice(&app, "district").and_then(crate::district::by_code);
    assert_eq!(
        district.and_then(|d| d.division),
        credit_code::division(code)
    );
    let rows = values::table(&app, "basic-figures").unwrap_or_default();
    assert!(values::cell(rows, "2025", "employees").is_some_and(|n| n > 0.0));
    let implementation = values::text(&materials, "implementation").unwrap_or_default();
    assert!(count_chars(implementation) > 1000);
}

#[test]
fn json_round_trip_and_errors() {
    for (_, fields) in fixture() {
        let back = fields_from_json(&fields_to_json(&fields)).expect("round trip");
        assert_eq!(fields_to_json(&back), fields_to_json(&fields));
    }
    let sealed = [seal("enterprise-seal")];
    let back = fields_from_json(&fields_to_json(&sealed)).expect("seal round trip");
    assert!(
        values::seal(&back, "enterprise-seal").is_some_and(|s| s.signed_at.starts_with("2026"))
    );
    let bare = serde_json::json!([{"id": "basic-figures", "value": {"table": [{"key": "2025", "cells": [["assets", 1.5], ["note", "x"]]}]}}]);
    let parsed = fields_from_json(&bare).expect("bare cells");
    let rows = values::table(&parsed, "basic-figures").unwrap_or_default();
    assert_eq!(values::cell(rows, "2025", "assets"), Some(1.5));
    for bad in [
        serde_json::json!({"id": "x"}),
        serde_json::json!([{"id": "x"}]),
        serde_json::json!([{"id": "x", "value": {"colour": "red"}}]),
        serde_json::json!([{"id": "x", "value": {"text": "a", "number": 1}}]),
        serde_json::json!([{"id": "x", "value": {"number": "1"}}]),
        serde_json::json!([{"id": "x", "value": {"table": [{"key": "2025", "cells": [["a"]]}]}}]),
        serde_json::json!([{"id": "x", "value": {"attachments": [{"id": "a"}]}}]),
    ] {
        assert!(fields_from_json(&bad).is_err(), "{bad}");
    }
    let e = fields_from_json(&serde_json::json!([{"id": "x", "value": {"colour": "red"}}]))
        .unwrap_err();
    assert!(e.contains("fields[0]") && e.contains("colour"), "{e}");
}

/// 第十一条: the provincial applicant's 附件1 is filed with the 申报表's own definitions
/// of the batch year, so an imported application reads like a direct one; only the
/// fields that identify the enterprise are required.
#[test]
fn provincial_import_is_composed_of_the_application_forms_fields() {
    let year = 2027;
    let import = definition_for_year(ids::PROVINCIAL_IMPORT, year).expect("provincial-import");
    let application = definition_for_year(ids::APPLICATION_FORM, year).expect("申报表");
    let of = |d: &FormDef| -> Vec<FieldDef> {
        d.sections.iter().flat_map(|s| s.fields.clone()).collect()
    };
    let own = of(&application);
    let imported = of(&import);
    for id in [
        "industry",
        "direction",
        "benchmark-name",
        "basic-figures",
        "commitment",
    ] {
        assert!(imported.iter().any(|f| f.id == id), "{id}");
    }
    for f in imported.iter().filter(|f| f.id != "provincial-ref") {
        let mine = own.iter().find(|o| o.id == f.id).expect("a 申报表 field");
        let identifies = ["enterprise-name", "credit-code", "district"].contains(&f.id.as_str());
        assert_eq!(f.required, identifies, "{}", f.id);
        let relaxed = FieldDef {
            required: f.required,
            ..mine.clone()
        };
        assert_eq!(format!("{f:?}"), format!("{relaxed:?}"), "{}", f.id);
    }
    let rows = imported
        .iter()
        .find(|f| f.id == "basic-figures")
        .map(|f| f.rows.clone());
    assert_eq!(
        rows,
        Some(vec!["2024".into(), "2025".into(), "2026".into()])
    );
    let only_identity = [
        text("provincial-ref", "豫质标〔2027〕申0001"),
        text("enterprise-name", "郑州中原精工机械有限公司"),
        text("credit-code", "91410102MA44XKQ7PB"),
        choice("district", "zhongyuan"),
    ];
    let errors = validate_for_year(
        ids::PROVINCIAL_IMPORT,
        &only_identity,
        CheckMode::Submit,
        year,
    );
    assert_eq!(errors, Some(vec![]));
}
