//! The plugin's private case state, stored by the host as opaque bytes (JSON) with a
//! version, next to the host-visible summary. `STATE_SCHEMA` versions the layout;
//! `load` reads every earlier layout.

use serde::{Deserialize, Serialize};

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::CaseWrite;
use crate::contract::{CaseSummary, Field, SealRef, Stage, StoredCase};
use crate::filed_form::{Digests, FiledForm, FiledPart, Layout4Form};
use crate::refusal::{Decision, refuse};
use crate::stage::{AppStage, BatchStage, StageInfo};

/// Version of the state layout. Bumped with a migration in `load` when the layout changes.
/// 1 (contract 0.1): JSON. 2 (contract 0.2): JSON, seals carry their purpose and
/// capacity. 3: the same structs, postcard-encoded behind the tag `QB` + 3 (ADR 7) —
/// a third of JSON's size and of its cost to read and write. 4: an application's two
/// filed forms are each one byte string inside it, decoded only when read
/// (`filed_form`); batches are as in 3. 5 (contract 0.3): an application's forms are in
/// the case's filed part, which the host stores apart and the plugin writes only when a
/// form changed; the state keeps their titles and the stamp of the write that filed
/// them (`FiledPart`). Batches are as in 3.
pub const STATE_SCHEMA: u32 = 5;

/// The first bytes of a binary state: `QB` and the layout version.
const BINARY_TAG: [u8; 3] = [b'Q', b'B', STATE_SCHEMA as u8];

/// The year's configuration (年度申报通知), from the batch-config form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BatchConfig {
    /// 遴选方向 codes offered this year (第五条).
    pub directions: Vec<String>,
    /// 重点行业 this year (第五条).
    pub key_industries: Vec<String>,
    /// Last day enterprises may submit.
    pub application_deadline: String,
    /// Last day districts should recommend.
    pub district_deadline: String,
    /// Experts per panel.
    pub panel_size: u32,
    /// 公示 length in working days.
    pub publicity_days: u32,
    /// Recommendations per district; none: no quota.
    pub district_quota: Option<u32>,
}

/// The recorded expert draw (专家抽取): anyone can re-run it from the seed and the pool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draw {
    /// Seed from the host's randomness service.
    pub seed: u64,
    /// The expert pool, sorted by user id, as the directory returned it.
    pub pool: Vec<String>,
    /// The pool in drawn order (`panel::shuffle(pool, seed)`): the first `panel_size`
    /// sit on the panel, the rest are reserves in order.
    pub order: Vec<String>,
    pub panel_size: u32,
    pub at: String,
}

/// The officer's proposed list, awaiting the leader (第十条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// Application ids in rank order.
    pub cases: Vec<String>,
    pub by: String,
    pub at: String,
}

/// The 公示 period (第十条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Publicity {
    pub start: String,
    /// Last day of the period (inclusive), counted in working days.
    pub end: String,
}

/// 发文公布 (第十条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Publication {
    pub document_number: String,
    pub date: String,
    pub seal: SealRef,
    /// Recognised applications in rank order, with plaque numbers.
    pub recognized: Vec<(String, String)>,
}

/// An annual round (第十一条: once a year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    pub schema: u32,
    pub year: u16,
    #[serde(with = "crate::stage::by_code")]
    pub stage: BatchStage,
    pub config: BatchConfig,
    /// The raw batch-config values, as filed.
    pub config_fields: Vec<Field>,
    pub opened_at: String,
    #[serde(default)]
    pub draw: Option<Draw>,
    #[serde(default)]
    pub proposal: Option<Proposal>,
    #[serde(default)]
    pub publicity: Option<Publicity>,
    #[serde(default)]
    pub publication: Option<Publication>,
    /// Applications recommended to the provincial round (第十一条), in rank order.
    #[serde(default)]
    pub provincial: Vec<String>,
}

/// The district's recommendation (附件1 推荐单位 part, 第九条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub fields: Vec<Field>,
    pub opinion: String,
    pub seal: SealRef,
    pub by: String,
    pub at: String,
}

/// Where an application came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// 自愿申报 through the district (第八条).
    #[default]
    Direct,
    /// Counted from the provincial round without a second submission (第十一条).
    Provincial { reference: String },
}

/// An expert's recusal (回避) and who replaced them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recusal {
    pub expert: String,
    pub reason: String,
    pub replacement: Option<String>,
}

/// One expert's 评分表 (第七条).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreSheet {
    pub expert: String,
    /// The six items in `forms::SCORE_ITEMS` order.
    pub items: Vec<f64>,
    pub total: f64,
    pub comments: String,
    pub at: String,
}

/// The panel's aggregate, once every member has scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aggregate {
    pub score: f64,
    /// Whether the highest and lowest totals were dropped (five or more sheets).
    pub trimmed: bool,
    pub sheets: usize,
}

/// A defence (答辩) or site visit (实地考察) record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inspection {
    /// `defence` or `site-visit`.
    pub kind: String,
    pub fields: Vec<Field>,
    pub passed: bool,
    pub by: String,
    pub at: String,
}

/// A named objection (实名异议) during 公示 and its decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Objection {
    pub number: u32,
    pub fields: Vec<Field>,
    pub filed_at: String,
    /// `upheld` or `dismissed`, once decided.
    pub decision: Option<String>,
    pub reason: Option<String>,
    pub decided_by: Option<String>,
}

/// A revocation (第十三条), proposed by an officer and approved by a leader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revocation {
    pub fields: Vec<Field>,
    pub proposed_by: String,
    pub approved_by: Option<String>,
    pub at: String,
}

/// One enterprise's application. `F` is how its filed forms are held: in the filed part
/// (`FiledForm`), or as earlier layouts held them, read on upgrade (`Vec<Field>` in 3,
/// `Layout4Form` in 4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application<F = FiledForm> {
    pub schema: u32,
    pub year: u16,
    pub batch_id: String,
    #[serde(with = "crate::stage::by_code")]
    pub stage: AppStage,
    /// 统一社会信用代码 of the applicant: the owner.
    pub credit_code: String,
    pub enterprise_name: String,
    /// District chosen at submission and checked against the register.
    pub district: Option<String>,
    /// 附件1 申报表 values.
    pub form: F,
    /// 附件2 申报材料 values.
    pub materials: F,
    /// Times submitted (1 + resubmissions after 退回修改).
    pub submissions: u32,
    pub submitted_at: Option<String>,
    pub recommendation: Option<Recommendation>,
    #[serde(default)]
    pub source: Source,
    /// The district user a review was delegated to (转办), if any.
    #[serde(default)]
    pub delegate: Option<String>,
    /// The expert panel members currently assigned (会签).
    #[serde(default)]
    pub panel: Vec<String>,
    #[serde(default)]
    pub recusals: Vec<Recusal>,
    #[serde(default)]
    pub scores: Vec<ScoreSheet>,
    #[serde(default)]
    pub aggregate: Option<Aggregate>,
    /// The bureau asked for a defence or site visit (必要时, 第九条).
    #[serde(default)]
    pub inspection_required: bool,
    /// Its arrangement: kind, date, time and place, as told to the enterprise.
    #[serde(default)]
    pub inspection_notice: Vec<Field>,
    #[serde(default)]
    pub inspections: Vec<Inspection>,
    #[serde(default)]
    pub objections: Vec<Objection>,
    /// 牌匾/证书编号 after publication.
    #[serde(default)]
    pub plaque: Option<String>,
    #[serde(default)]
    pub provincial_recommended: bool,
    #[serde(default)]
    pub revocation: Option<Revocation>,
    /// The case version whose write filed the forms (0: never filed — a new draft, or a
    /// state of layout 4 or earlier). Stored in the state's frame and in the filed part,
    /// not in this body.
    #[serde(skip)]
    pub filed_at: u64,
}

/// A case as loaded for a decision.
pub struct Loaded<T> {
    pub id: String,
    pub version: u64,
    pub state: T,
}

/// Case ids are derived from facts, so a second batch for a year or a second
/// application of an enterprise in a year collides instead of duplicating.
pub fn batch_id(year: u16) -> String {
    format!("batch-{year}")
}

pub fn application_id(year: u16, credit_code: &str) -> String {
    format!("app-{year}-{credit_code}")
}

/// A case state as stored, with how to read its binary layouts (3 to 5).
trait State: for<'de> Deserialize<'de> {
    fn from_binary(layout: u8, body: &[u8], stored: &StoredCase) -> Result<Self, String>;
}

impl State for Batch {
    fn from_binary(_layout: u8, body: &[u8], _stored: &StoredCase) -> Result<Self, String> {
        postcard::from_bytes(body).map_err(|e| e.to_string())
    }
}

impl State for Application {
    fn from_binary(layout: u8, body: &[u8], stored: &StoredCase) -> Result<Self, String> {
        let text = |e: postcard::Error| e.to_string();
        match layout {
            3 => postcard::from_bytes::<Application<Vec<Field>>>(body)
                .map(|a| a.map_forms(FiledForm::from))
                .map_err(text),
            4 => postcard::from_bytes::<Application<Layout4Form>>(body)
                .map(|a| a.map_forms(|f| f.0))
                .map_err(text),
            _ => {
                let (filed_at, mut app): (u64, Application) =
                    postcard::from_bytes(body).map_err(text)?;
                // The host returns the filed part it stored apart (H3); it must be the one
                // this state was written with.
                let part = FiledPart::decode(&stored.filed)?;
                if part.case_id != stored.summary.id || part.filed_at != filed_at {
                    return Err(format!(
                        "归档部分属于 {} 的第 {} 版，而状态需要本事项第 {filed_at} 版的",
                        part.case_id, part.filed_at
                    ));
                }
                part.attach_to(&mut app.form, &mut app.materials);
                app.filed_at = filed_at;
                Ok(app)
            }
        }
    }
}

fn decode<T: State>(stored: &StoredCase) -> Decision<T> {
    let corrupt = |e: &dyn std::fmt::Display| {
        refuse(
            "corrupt-state",
            format!("事项 {} 的数据无法读取：{e}", stored.summary.id),
        )
    };
    if let [b'Q', b'B', layout @ 3..=5, body @ ..] = stored.state.as_slice() {
        return T::from_binary(*layout, body, stored).map_err(|e| corrupt(&e));
    }
    // Layouts 1 and 2 were JSON; they are read as they are and written back in binary.
    let corrupt = |e: serde_json::Error| corrupt(&e);
    let mut value: serde_json::Value = serde_json::from_slice(&stored.state).map_err(corrupt)?;
    if value.get("schema").and_then(serde_json::Value::as_u64) == Some(1) {
        migrate_v1(&mut value);
    }
    serde_json::from_value(value).map_err(corrupt)
}

/// Layout 1 (contract 0.1) stored seals without purpose or capacity. A seal filed then
/// was accepted then; it keeps its record, with the purpose and capacity its field implies.
fn migrate_v1(value: &mut serde_json::Value) {
    use serde_json::{Value, json};
    /// A 0.1 seal: an object with a digest and a signer but no purpose.
    fn upgrade(seal: &mut serde_json::Map<String, Value>, field: &str) {
        if seal.contains_key("purpose") || !seal.contains_key("digest") {
            return;
        }
        let capacity = if field == "legal-rep-signature" {
            "LegalRepresentative"
        } else {
            "OrgSeal"
        };
        seal.insert(
            "purpose".into(),
            json!({"case_id": null, "action": "Submit", "field": field}),
        );
        seal.insert("capacity".into(), json!(capacity));
    }
    fn walk(v: &mut Value, field: Option<&str>) {
        match v {
            Value::Object(map) => {
                let id = map.get("id").and_then(Value::as_str).map(str::to_string);
                // A seal filed in a form (`{"Seal": …}`) or kept as a record's `seal`.
                for key in ["Seal", "seal"] {
                    if let Some(Value::Object(seal)) = map.get_mut(key) {
                        upgrade(seal, field.or(id.as_deref()).unwrap_or(key));
                    }
                }
                for (_, child) in map.iter_mut() {
                    walk(child, id.as_deref().or(field));
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, field)),
            _ => {}
        }
    }
    walk(value, None);
    value["schema"] = json!(2);
}

pub fn load_batch(stored: &StoredCase) -> Decision<Loaded<Batch>> {
    if !matches!(stored.summary.stage, Stage::Batch(_)) {
        return Err(refuse(
            "not-found",
            format!("{} 不是年度批次", stored.summary.id),
        ));
    }
    Ok(Loaded {
        id: stored.summary.id.clone(),
        version: stored.version,
        state: decode(stored)?,
    })
}

pub fn load_application(stored: &StoredCase) -> Decision<Loaded<Application>> {
    if !matches!(stored.summary.stage, Stage::Application(_)) {
        return Err(refuse(
            "not-found",
            format!("{} 不是申报", stored.summary.id),
        ));
    }
    Ok(Loaded {
        id: stored.summary.id.clone(),
        version: stored.version,
        state: decode(stored)?,
    })
}

fn encode<T: Serialize + ?Sized>(state: &T) -> Vec<u8> {
    let mut bytes = BINARY_TAG.to_vec();
    // Serialising plain structs of strings and numbers into a Vec cannot fail.
    bytes.extend(postcard::to_allocvec(state).unwrap_or_default());
    bytes
}

impl Batch {
    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: batch_id(self.year),
            year: self.year,
            stage: self.stage.wit(),
            district: None,
            owner: None,
            title: format!("{}年度郑州市质量标杆认定", self.year),
            score: None,
        }
    }

    pub fn write(&self, expected_version: u64) -> CaseWrite {
        CaseWrite {
            summary: self.summary(),
            state: encode(self),
            filed: None,
            expected_version,
        }
    }
}

impl<F> Application<F> {
    /// The same application with its forms held another way (layout 3 ↔ 4).
    pub fn map_forms<G>(self, hold: impl Fn(F) -> G) -> Application<G> {
        Application {
            schema: STATE_SCHEMA,
            year: self.year,
            batch_id: self.batch_id,
            stage: self.stage,
            credit_code: self.credit_code,
            enterprise_name: self.enterprise_name,
            district: self.district,
            form: hold(self.form),
            materials: hold(self.materials),
            submissions: self.submissions,
            submitted_at: self.submitted_at,
            recommendation: self.recommendation,
            source: self.source,
            delegate: self.delegate,
            panel: self.panel,
            recusals: self.recusals,
            scores: self.scores,
            aggregate: self.aggregate,
            inspection_required: self.inspection_required,
            inspection_notice: self.inspection_notice,
            inspections: self.inspections,
            objections: self.objections,
            plaque: self.plaque,
            provincial_recommended: self.provincial_recommended,
            revocation: self.revocation,
            filed_at: self.filed_at,
        }
    }
}

impl Application {
    /// A new draft (or, for the provincial link, an imported application).
    pub fn new(
        year: u16,
        batch_id: String,
        credit_code: String,
        enterprise_name: String,
        source: Source,
    ) -> Self {
        Application {
            schema: STATE_SCHEMA,
            year,
            batch_id,
            stage: AppStage::Draft,
            credit_code,
            enterprise_name,
            district: None,
            form: FiledForm::default(),
            materials: FiledForm::default(),
            submissions: 0,
            submitted_at: None,
            recommendation: None,
            source,
            delegate: None,
            panel: Vec::new(),
            recusals: Vec::new(),
            scores: Vec::new(),
            aggregate: None,
            inspection_required: false,
            inspection_notice: Vec::new(),
            inspections: Vec::new(),
            objections: Vec::new(),
            plaque: None,
            provincial_recommended: false,
            revocation: None,
            filed_at: 0,
        }
    }

    pub fn id(&self) -> String {
        application_id(self.year, &self.credit_code)
    }

    /// The benchmark's title (附件2 名称), or a placeholder while a draft has none.
    pub fn title(&self) -> String {
        self.materials
            .title()
            .map(str::to_string)
            .unwrap_or_else(|| format!("{}（未命名）", self.enterprise_name))
    }

    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: self.id(),
            year: self.year,
            stage: self.stage.wit(),
            district: self.district.clone(),
            owner: Some(self.credit_code.clone()),
            title: self.title(),
            score: self.aggregate.as_ref().map(|a| a.score),
        }
    }

    /// The write of this application. Its forms go to the filed part only when one of
    /// them changed (or they were never filed there): after submission, never.
    pub fn write(&self, expected_version: u64) -> CaseWrite {
        let refile = self.filed_at == 0 || self.form.is_changed() || self.materials.is_changed();
        // The host makes the written case version `expected_version + 1` (H3).
        let filed_at = if refile {
            expected_version + 1
        } else {
            self.filed_at
        };
        let filed = refile.then(|| {
            let digests = if self.before_submission() {
                Digests::Later
            } else {
                Digests::Filed
            };
            FiledPart::encode(&self.id(), filed_at, &self.form, &self.materials, digests)
        });
        CaseWrite {
            summary: self.summary(),
            state: encode(&(filed_at, self)),
            filed,
            expected_version,
        }
    }

    /// Whether the enterprise may still change its forms and submit them (草稿, 退回修改:
    /// the stages of 提交申报 in the rule table).
    fn before_submission(&self) -> bool {
        matches!(crate::rules::rule(crate::contract::Action::Submit).step,
            crate::rules::Applies::App(stages, _) if stages.contains(&self.stage))
    }

    /// Objections not yet decided.
    pub fn open_objections(&self) -> usize {
        self.objections
            .iter()
            .filter(|o| o.decision.is_none())
            .count()
    }

    /// Whether a defence or site visit failed (such candidates are not proposed).
    pub fn failed_inspection(&self) -> bool {
        self.inspections.iter().any(|i| !i.passed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::FieldValue;

    fn text(id: &str, s: &str) -> Field {
        Field {
            id: id.into(),
            value: FieldValue::Text(s.into()),
        }
    }

    fn old_application() -> Application<Vec<Field>> {
        let mut old: Application<Vec<Field>> = Application {
            schema: 3,
            form: vec![text("enterprise-name", "郑州中原精工机械有限公司")],
            materials: vec![text("title", "郑州中原精工机械有限公司卓越绩效模式")],
            ..Application::new(
                2026,
                batch_id(2026),
                "91410102MA44XKQ7PB".into(),
                "郑州中原精工机械有限公司".into(),
                Source::Direct,
            )
            .map_forms(|f| f.to_vec())
        };
        old.stage = AppStage::DistrictReview;
        old.submissions = 1;
        old
    }

    fn stored(state: Vec<u8>, filed: Vec<u8>, version: u64) -> StoredCase {
        StoredCase {
            summary: CaseSummary {
                id: application_id(2026, "91410102MA44XKQ7PB"),
                year: 2026,
                stage: AppStage::DistrictReview.wit(),
                district: None,
                owner: None,
                title: String::new(),
                score: None,
            },
            version,
            state,
            filed,
        }
    }

    /// Layouts 3 and 4 read with every value; their next write files the forms apart
    /// (layout 5), and the write after that leaves the filed part alone.
    #[test]
    fn layout_3_and_4_applications_read_and_write_back_with_their_forms_filed_apart() {
        let old = old_application();
        let mut layout_3 = vec![b'Q', b'B', 3];
        layout_3.extend(postcard::to_allocvec(&old).expect("encodes"));
        // Layout 4: each form as (bytes, title); postcard writes a `Vec<u8>` as bytes.
        let title = |f: &Vec<Field>| crate::forms::values::text(f, "title").map(str::to_string);
        let as_4 = old.clone().map_forms(|f| {
            let t = title(&f);
            (postcard::to_allocvec(&f).expect("encodes"), t)
        });
        let mut layout_4 = vec![b'Q', b'B', 4];
        layout_4.extend(postcard::to_allocvec(&as_4).expect("encodes"));

        for state in [layout_3, layout_4] {
            let loaded = load_application(&stored(state, Vec::new(), 3))
                .expect("reads")
                .state;
            assert_eq!(*loaded.form, old.form);
            assert_eq!(*loaded.materials, old.materials);
            assert_eq!(loaded.stage, AppStage::DistrictReview);
            assert_eq!(loaded.submissions, 1);
            assert_eq!(loaded.title(), "郑州中原精工机械有限公司卓越绩效模式");

            let first = loaded.write(3);
            assert!(first.state.starts_with(&BINARY_TAG) && BINARY_TAG[2] == 5);
            let filed = first.filed.expect("the upgrade files the forms");
            let again = load_application(&stored(first.state, filed.clone(), 4))
                .expect("layout 5 reads")
                .state;
            assert_eq!((again.schema, again.filed_at), (STATE_SCHEMA, 4));
            assert_eq!(
                Application {
                    filed_at: 0,
                    ..again.clone()
                },
                loaded
            );

            let second = again.write(4);
            assert_eq!(second.filed, None, "unchanged forms are not written again");
            let third = load_application(&stored(second.state, filed, 5))
                .expect("reads with the part filed at version 4")
                .state;
            assert_eq!(*third.form, old.form);
        }
    }

    /// The stamp catches a host that drops the filed part, keeps a rolled-back one, or
    /// returns another case's: the call is refused as a host fault.
    #[test]
    fn a_filed_part_that_does_not_belong_to_the_state_is_refused() {
        let app = old_application().map_forms(FiledForm::from);
        let first = app.write(3);
        let filed = first.filed.clone().expect("filed");
        let refused = |filed: Vec<u8>| {
            load_application(&stored(first.state.clone(), filed, 4))
                .err()
                .map(|r| (r.code, r.message))
        };
        let (code, message) = refused(Vec::new()).expect("missing part refused");
        assert_eq!(code, "corrupt-state");
        assert!(message.contains("未返回归档部分"), "{message}");

        let mut changed = load_application(&stored(first.state.clone(), filed.clone(), 4))
            .expect("reads")
            .state;
        changed.form.push(text("contact", "李四"));
        let rolled_back = changed.write(4).filed.expect("a changed form is filed");
        let (_, message) = refused(rolled_back).expect("a later part refused");
        assert!(message.contains("第 5 版"), "{message}");

        let mut other = app.clone();
        other.credit_code = "91410100MA45XXXX1X".into();
        let foreign = other.write(3).filed.expect("filed");
        let (_, message) = refused(foreign).expect("another case's part refused");
        assert!(message.contains("91410100MA45XXXX1X"), "{message}");
    }
}
