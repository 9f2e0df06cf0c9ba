//! The rule table: every action of the process as one row — who may take it, at which
//! stages, which article of the regulation it implements, its form, its opinion rule,
//! who reads its 流转记录 lines, and the step function that performs it.
//!
//! `check` (the guard), `workflow::act` (dispatch), `workflow::actions` (what a person
//! may do now) and `catalog` (what a host or a BPMN export sees) are all derived from
//! this table, so a reader holding the regulation finds each article in one row here
//! plus one step function.

use crate::authz::{require_own_district, require_owner, require_role};
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    ActionDef, ActionScope, ActionTone, OpinionRule, Request,
};
use crate::case::{Application, Batch, Loaded, Source};
use crate::contract::{Action, Actor, CaseKind, Role};
use crate::effects::Effects;
use crate::forms::ids;
use crate::host::Host;
use crate::refusal::{Decision, refuse};
use crate::stage::{AppStage, BatchStage, StageInfo};
use crate::workflow::Case;
use crate::{
    application, batch, conventions, district_review, formal_check, inspection, panel, proposal,
    provincial, publication, publicity, revocation, scoring,
};

/// What a step function works with: the host, the actor, the request, and the effects
/// it gathers.
pub struct Step<'a> {
    pub host: &'a dyn Host,
    pub actor: &'a Actor,
    pub req: &'a Request,
    pub fx: Effects,
}

/// A step that creates a case.
pub type CreateStep = fn(&mut Step) -> Decision<()>;
/// Whether a case-creating action is open to the actor now (for `start-actions`).
pub type Available = fn(&dyn Host, &Actor) -> bool;
/// A step on the year's batch.
pub type BatchStep = fn(&mut Step, &mut Loaded<Batch>) -> Decision<()>;
/// A step on one application.
pub type AppStep = fn(&mut Step, &mut Loaded<Application>) -> Decision<()>;

/// Where an action applies, and the step that performs it.
pub enum Applies {
    /// Creates a case of this kind.
    Creates(CaseKind, CreateStep, Available),
    /// On the batch, at these stages.
    Batch(&'static [BatchStage], BatchStep),
    /// On an application, at these stages.
    App(&'static [AppStage], AppStep),
}

/// Who reads an action's lines of the 流转记录 (the city bureau always reads all).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shown {
    /// Everyone who may see the case: who acted, the opinion and the detail.
    All,
    /// The applicant and the district read what happened, but the person only as this
    /// role (评审专家, 实名异议人) and no detail; the actor reads their own lines.
    Anonymous(&'static str),
    /// Only the city bureau, and the actor their own lines.
    City,
    /// Like `All`, and the public too (what happened and when, as 市工信局).
    Public,
}

/// One row of the table.
pub struct Rule {
    pub action: Action,
    /// Chinese label (buttons, history).
    pub label: &'static str,
    /// The article it implements.
    pub article: &'static str,
    /// What the step does, in one Chinese sentence.
    pub summary: &'static str,
    pub roles: &'static [Role],
    pub scope: ActionScope,
    pub step: Applies,
    pub form: Option<&'static str>,
    pub opinion: OpinionRule,
    pub tone: ActionTone,
    pub shown: Shown,
    /// A further precondition on the case, beyond role, scope and stage.
    pub also: Option<fn(&Case) -> Decision<()>>,
}

use ActionScope::{AssignedExpert, OwnApplication, OwnDistrict};
use ActionTone::{Danger, Normal, Primary};
use Applies::{App, Batch as OnBatch, Creates};
use OpinionRule::{NoOpinion, Optional, Required};
use Role::{CityLeader, CityOfficer, DistrictOffice, Enterprise, Expert, Public};

const OFFICER: &[Role] = &[CityOfficer];
const LEADER: &[Role] = &[CityLeader];
const ENTERPRISE: &[Role] = &[Enterprise];
const DISTRICT: &[Role] = &[DistrictOffice];

/// Fields every row repeats; rows override what differs.
const ROW: Rule = Rule {
    action: Action::OpenBatch,
    label: "",
    article: "",
    summary: "",
    roles: &[],
    scope: ActionScope::Role,
    step: OnBatch(&[], |_, _| Ok(())),
    form: None,
    opinion: Optional,
    tone: Normal,
    shown: Shown::All,
    also: None,
};

/// The table, in process order.
pub const RULES: &[Rule] = &[
    // 年度批次 (第五条, 第十一条).
    Rule {
        action: Action::OpenBatch,
        label: "发布年度申报通知",
        article: "第十一条",
        summary: "市工信局每年组织一次认定，发布年度申报通知：遴选方向、重点行业、截止日期、专家人数、公示天数和推荐名额",
        roles: OFFICER,
        step: Creates(CaseKind::Batch, batch::open, batch::may_open),
        form: Some(ids::BATCH_CONFIG),
        tone: Primary,
        shown: Shown::Public,
        ..ROW
    },
    Rule {
        action: Action::CloseApplications,
        label: "截止申报",
        article: "第八条",
        summary: "截止企业申报，年度批次进入评审；早于公布的截止日期截止须说明理由，并通知尚未提交的企业",
        roles: OFFICER,
        step: OnBatch(&[BatchStage::Open], batch::close_applications),
        shown: Shown::Public,
        ..ROW
    },
    Rule {
        action: Action::ImportProvincial,
        label: "登记省级申报企业",
        article: "第十一条",
        summary: "同年申报河南省质量标杆的郑州企业视同申报市级质量标杆，不再重复提交，由市工信局登记",
        roles: OFFICER,
        step: OnBatch(&[BatchStage::Open, BatchStage::Review], provincial::import),
        form: Some(ids::PROVINCIAL_IMPORT),
        shown: Shown::City,
        also: Some(panel::not_yet_drawn),
        ..ROW
    },
    Rule {
        action: Action::DrawPanel,
        label: "抽取评审专家",
        article: "第九条",
        summary: "从专家库随机抽取评审专家并记录随机种子，评审组进入已通过形式审查的申报",
        roles: OFFICER,
        step: OnBatch(&[BatchStage::Review], panel::draw),
        tone: Primary,
        shown: Shown::City,
        also: Some(panel::not_yet_drawn),
        ..ROW
    },
    Rule {
        action: Action::ProposeList,
        label: "提出拟认定名单",
        article: "第十条",
        summary: "根据专家评审结果，按综合得分提出拟认定的市级质量标杆名单，报领导审批",
        roles: OFFICER,
        step: OnBatch(&[BatchStage::Review], proposal::propose),
        form: Some(ids::PROPOSED_LIST),
        opinion: Required,
        tone: Primary,
        shown: Shown::City,
        ..ROW
    },
    Rule {
        action: Action::WithdrawList,
        label: "撤回拟认定名单",
        article: "第十条",
        summary: "领导审批前，经办人员撤回所提名单",
        roles: OFFICER,
        step: OnBatch(&[BatchStage::Proposed], proposal::withdraw_or_return),
        shown: Shown::City,
        ..ROW
    },
    Rule {
        action: Action::ApproveList,
        label: "批准名单并公示",
        article: "第十条",
        summary: "领导批准拟认定名单，向社会公示，公示期按工作日计算",
        roles: LEADER,
        step: OnBatch(&[BatchStage::Proposed], proposal::approve),
        opinion: Required,
        tone: Primary,
        shown: Shown::Public,
        ..ROW
    },
    Rule {
        action: Action::ReturnList,
        label: "退回名单",
        article: "第十条",
        summary: "领导退回拟认定名单，由经办人员重新提出",
        roles: LEADER,
        step: OnBatch(&[BatchStage::Proposed], proposal::withdraw_or_return),
        opinion: Required,
        tone: Danger,
        shown: Shown::City,
        ..ROW
    },
    Rule {
        action: Action::ClosePublicity,
        label: "结束公示",
        article: "第十条",
        summary: "公示期满结束公示（通常由平台定时器在期满时自动办理）",
        roles: OFFICER,
        step: OnBatch(&[BatchStage::Publicity], publicity::close_by_hand),
        shown: Shown::Public,
        ..ROW
    },
    Rule {
        action: Action::Publish,
        label: "确认名单并发文公布",
        article: "第十条",
        summary: "异议处理完毕后，领导确认名单，以文号发文公布并授牌，典型经验列入公开目录（第十二条）",
        roles: LEADER,
        step: OnBatch(&[BatchStage::PublicityClosed], publication::publish),
        form: Some(ids::PUBLICATION),
        opinion: Required,
        tone: Primary,
        shown: Shown::Public,
        ..ROW
    },
    Rule {
        action: Action::RecommendProvincial,
        label: "择优推荐申报省级质量标杆",
        article: "第十一条",
        summary: "从市级质量标杆中择优推荐申报河南省质量标杆",
        roles: LEADER,
        step: OnBatch(&[BatchStage::Published], provincial::recommend),
        form: Some(ids::PROVINCIAL_RECOMMENDATION),
        opinion: Required,
        tone: Primary,
        shown: Shown::Public,
        ..ROW
    },
    // 自愿申报 (第六条, 第八条).
    Rule {
        action: Action::StartApplication,
        label: "开始申报",
        article: "第八条",
        summary: "企业自愿申报：在申报期内开始本企业本年度的申报，登记注册信息先行核对第六条条件",
        roles: ENTERPRISE,
        step: Creates(
            CaseKind::Application,
            application::start,
            application::may_start,
        ),
        opinion: NoOpinion,
        tone: Primary,
        ..ROW
    },
    Rule {
        action: Action::EditForm,
        label: "填写申报表",
        article: "第八条",
        summary: "企业填写附件1申报表（草稿可分次保存）",
        roles: ENTERPRISE,
        scope: OwnApplication,
        step: App(&[AppStage::Draft, AppStage::Returned], application::edit),
        form: Some(ids::APPLICATION_FORM),
        opinion: NoOpinion,
        ..ROW
    },
    Rule {
        action: Action::EditMaterials,
        label: "填写申报材料",
        article: "第八条",
        summary: "企业填写附件2申报材料并上传证实性材料",
        roles: ENTERPRISE,
        scope: OwnApplication,
        step: App(&[AppStage::Draft, AppStage::Returned], application::edit),
        form: Some(ids::APPLICATION_MATERIALS),
        opinion: NoOpinion,
        also: Some(application::direct),
        ..ROW
    },
    Rule {
        action: Action::RegisterMaterials,
        label: "登记省级申报材料",
        article: "第十一条",
        summary: "省级申报企业不再重复提交，由市工信局登记其申报材料",
        roles: OFFICER,
        step: App(&[AppStage::FormalCheck], application::edit),
        form: Some(ids::APPLICATION_MATERIALS),
        opinion: NoOpinion,
        also: Some(application::provincial),
        ..ROW
    },
    Rule {
        action: Action::Submit,
        label: "签章并提交",
        article: "第八条",
        summary: "法定代表人签字、加盖企业公章后提交所在地区工信部门，提交时核对第六条认定条件",
        roles: ENTERPRISE,
        scope: OwnApplication,
        step: App(&[AppStage::Draft, AppStage::Returned], application::submit),
        form: Some(ids::APPLICATION_FORM),
        tone: Primary,
        ..ROW
    },
    Rule {
        action: Action::Withdraw,
        label: "撤回",
        article: "第八条",
        summary: "区县审核前，企业撤回已提交的申报",
        roles: ENTERPRISE,
        scope: OwnApplication,
        step: App(&[AppStage::DistrictReview], application::withdraw),
        ..ROW
    },
    // 区县审核推荐 (第九条).
    Rule {
        action: Action::Recommend,
        label: "推荐",
        article: "第九条",
        summary: "所在地区工信部门审核并择优推荐，填写推荐单位意见、加盖推荐单位公章",
        roles: DISTRICT,
        scope: OwnDistrict,
        step: App(&[AppStage::DistrictReview], district_review::recommend),
        form: Some(ids::DISTRICT_OPINION),
        opinion: NoOpinion,
        tone: Primary,
        ..ROW
    },
    Rule {
        action: Action::ReturnForRevision,
        label: "退回修改",
        article: "第九条",
        summary: "退回企业按意见修改后重新提交",
        roles: DISTRICT,
        scope: OwnDistrict,
        step: App(
            &[AppStage::DistrictReview],
            district_review::return_or_decline,
        ),
        opinion: Required,
        tone: Danger,
        ..ROW
    },
    Rule {
        action: Action::Decline,
        label: "不予推荐",
        article: "第九条",
        summary: "不予推荐，申报终止",
        roles: DISTRICT,
        scope: OwnDistrict,
        step: App(
            &[AppStage::DistrictReview],
            district_review::return_or_decline,
        ),
        opinion: Required,
        tone: Danger,
        ..ROW
    },
    Rule {
        action: Action::Delegate,
        label: "转办",
        article: "第九条",
        summary: "转给本单位另一位工作人员审核",
        roles: DISTRICT,
        scope: OwnDistrict,
        step: App(&[AppStage::DistrictReview], conventions::delegate),
        form: Some(ids::DELEGATION),
        ..ROW
    },
    // 市级审查与专家评审 (第七条, 第九条).
    Rule {
        action: Action::FormalCheck,
        label: "形式审查",
        article: "第九条",
        summary: "市工信局对推荐的申报进行形式审查：通过进入专家评审，或退回区县",
        roles: OFFICER,
        step: App(&[AppStage::FormalCheck], formal_check::check),
        form: Some(ids::FORMAL_CHECK),
        opinion: Required,
        tone: Primary,
        ..ROW
    },
    Rule {
        action: Action::Remind,
        label: "催办",
        article: "第九条",
        summary: "提醒区县或评审专家尽快办理（到期时平台定时器也会自动催办）",
        roles: OFFICER,
        step: App(
            &[AppStage::DistrictReview, AppStage::ExpertReview],
            conventions::remind,
        ),
        shown: Shown::City,
        ..ROW
    },
    Rule {
        action: Action::DeclareConflict,
        label: "回避声明",
        article: "第九条",
        summary: "评审专家与申报企业有利害关系的申请回避，由备选专家按抽取顺序递补",
        roles: &[Expert],
        scope: AssignedExpert,
        step: App(&[AppStage::ExpertReview], panel::declare_conflict),
        form: Some(ids::CONFLICT_DECLARATION),
        opinion: NoOpinion,
        tone: Danger,
        shown: Shown::Anonymous("评审专家"),
        ..ROW
    },
    Rule {
        action: Action::Score,
        label: "提交评分",
        article: "第七条",
        summary: "评审组每位专家按第七条六个方面评分（会签）；全部提交后汇总，五份及以上去掉最高分和最低分",
        roles: &[Expert],
        scope: AssignedExpert,
        step: App(&[AppStage::ExpertReview], scoring::score),
        form: Some(ids::SCORE_SHEET),
        opinion: NoOpinion,
        tone: Primary,
        shown: Shown::Anonymous("评审专家"),
        ..ROW
    },
    Rule {
        action: Action::RequireInspection,
        label: "安排答辩/实地考察",
        article: "第九条",
        summary: "必要时组织现场答辩或实地考察",
        roles: OFFICER,
        step: App(&[AppStage::Scored], inspection::require),
        form: Some(ids::INSPECTION_NOTICE),
        opinion: Required,
        ..ROW
    },
    Rule {
        action: Action::RecordDefence,
        label: "录入答辩结果",
        article: "第九条",
        summary: "录入现场答辩的情况和结论；未通过的不列入名单",
        roles: OFFICER,
        step: App(&[AppStage::Defence], inspection::record),
        form: Some(ids::DEFENCE_RECORD),
        tone: Primary,
        ..ROW
    },
    Rule {
        action: Action::RecordSiteVisit,
        label: "录入实地考察结果",
        article: "第九条",
        summary: "录入实地考察的情况和结论；未通过的不列入名单",
        roles: OFFICER,
        step: App(&[AppStage::Defence], inspection::record),
        form: Some(ids::SITE_VISIT_RECORD),
        tone: Primary,
        ..ROW
    },
    // 公示 (第十条).
    Rule {
        action: Action::Object,
        label: "实名提出异议",
        article: "第十条",
        summary: "公示期内，社会公众对拟认定名单实名提出异议并提供证明材料",
        roles: &[Public],
        step: App(&[AppStage::Proposed], publicity::object),
        form: Some(ids::OBJECTION),
        opinion: NoOpinion,
        tone: Danger,
        shown: Shown::Anonymous("实名异议人"),
        ..ROW
    },
    Rule {
        action: Action::DecideObjection,
        label: "异议处理",
        article: "第十条",
        summary: "核查异议并作出决定：异议成立取消拟认定资格，不成立维持；结果公开",
        roles: OFFICER,
        step: App(&[AppStage::Proposed], publicity::decide),
        form: Some(ids::OBJECTION_DECISION),
        tone: Primary,
        shown: Shown::Public,
        also: Some(publicity::has_open_objection),
        ..ROW
    },
    // 动态管理 (第十三条).
    Rule {
        action: Action::ProposeRevocation,
        label: "提请撤销称号",
        article: "第十三条",
        summary: "质量标杆企业发生重大质量、安全、环保事故的，经办人员提请撤销其称号，附理由和证据",
        roles: OFFICER,
        step: App(&[AppStage::Recognized], revocation::propose),
        form: Some(ids::REVOCATION),
        opinion: Required,
        tone: Danger,
        shown: Shown::City,
        ..ROW
    },
    Rule {
        action: Action::ApproveRevocation,
        label: "批准撤销",
        article: "第十三条",
        summary: "领导批准撤销称号：公告撤销决定及理由，典型经验移出公开目录",
        roles: LEADER,
        step: App(&[AppStage::RevocationPending], revocation::decide),
        opinion: Required,
        tone: Danger,
        shown: Shown::Public,
        ..ROW
    },
    Rule {
        action: Action::RejectRevocation,
        label: "不予撤销",
        article: "第十三条",
        summary: "领导不批准撤销，保留称号",
        roles: LEADER,
        step: App(&[AppStage::RevocationPending], revocation::decide),
        opinion: Required,
        shown: Shown::City,
        ..ROW
    },
];

/// The row of an action. Every action has exactly one (a unit test checks it).
pub fn rule(action: Action) -> &'static Rule {
    RULES
        .iter()
        .find(|r| r.action == action)
        .unwrap_or(&RULES[0])
}

impl Rule {
    /// The contract's description of the action, for a person's buttons.
    pub fn def(&self) -> ActionDef {
        ActionDef {
            action: self.action,
            label: self.label.to_string(),
            form: self.form.map(str::to_string),
            opinion: self.opinion,
            tone: self.tone,
        }
    }

    /// Whether this row creates a case.
    pub fn creates(&self) -> bool {
        matches!(self.step, Creates(..))
    }
}

fn stage_in<T: StageInfo + PartialEq>(current: T, allowed: &[T], rule: &Rule) -> Decision<()> {
    if allowed.contains(&current) {
        Ok(())
    } else {
        Err(refuse(
            "wrong-stage",
            format!("当前为“{}”，不能“{}”", current.label(), rule.label),
        ))
    }
}

/// The expert must sit on this application's panel and not have scored yet.
fn assigned_expert(actor: &Actor, app: &Application) -> Decision<()> {
    if !app.panel.contains(&actor.user_id) {
        return Err(refuse("not-assigned", "您不是该申报的评审专家，或已回避"));
    }
    if app.scores.iter().any(|s| s.expert == actor.user_id) {
        return Err(refuse("already-scored", "您已提交该申报的评分"));
    }
    Ok(())
}

/// The district office acting must be the one the review was handed to, if any (转办).
fn district_reviewer(actor: &Actor, app: &Application, what: &str) -> Decision<()> {
    require_own_district(actor, app, what)?;
    match &app.delegate {
        Some(user) if *user != actor.user_id => Err(refuse(
            "delegated",
            "该事项已转办给本单位的另一位工作人员办理",
        )),
        _ => Ok(()),
    }
}

/// The guard: whether `actor` may take `rule`'s action on `case` now — role, scope,
/// stage, and the row's further precondition.
pub fn check(actor: &Actor, case: &Case, rule: &Rule) -> Decision<()> {
    require_role(actor, rule.roles, rule.label)?;
    match (&rule.step, case) {
        (OnBatch(stages, _), Case::Batch(b)) => stage_in(b.state.stage, stages, rule)?,
        (App(stages, _), Case::Application(a)) => {
            let app = &a.state;
            match rule.scope {
                OwnApplication => require_owner(actor, app, rule.label)?,
                OwnDistrict => district_reviewer(actor, app, rule.label)?,
                AssignedExpert => assigned_expert(actor, app)?,
                ActionScope::Role => {}
            }
            stage_in(app.stage, stages, rule)?;
        }
        (Creates(..), _) => {
            return Err(refuse(
                "case-not-allowed",
                format!("“{}”会新建事项，不能对已有事项办理", rule.label),
            ));
        }
        (OnBatch(..), Case::Application(_)) => {
            return Err(refuse(
                "wrong-case",
                format!("“{}”只适用于年度批次", rule.label),
            ));
        }
        (App(..), Case::Batch(_)) => {
            return Err(refuse(
                "wrong-case",
                format!("“{}”只适用于企业申报", rule.label),
            ));
        }
    }
    match rule.also {
        Some(also) => also(case),
        None => Ok(()),
    }
}

/// The rows `actor` may take on `case` now: exactly those `check` lets through.
pub fn open_to(actor: &Actor, case: &Case) -> Vec<&'static Rule> {
    RULES
        .iter()
        .filter(|r| check(actor, case, r).is_ok())
        .collect()
}

/// The application must have come through the district (自愿申报), not the province.
pub fn is_direct(app: &Application) -> bool {
    matches!(app.source, Source::Direct)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;

    #[test]
    fn every_action_has_exactly_one_row() {
        for a in Action::ALL {
            assert_eq!(
                RULES.iter().filter(|r| r.action == *a).count(),
                1,
                "{}",
                a.code()
            );
        }
        assert_eq!(RULES.len(), Action::ALL.len());
    }

    #[test]
    fn every_row_names_an_article_a_label_roles_and_a_summary() {
        for r in RULES {
            assert!(
                r.article.starts_with('第') && r.article.ends_with('条'),
                "{}",
                r.label
            );
            assert!(!r.label.is_empty() && !r.summary.is_empty() && !r.roles.is_empty());
            if let Some(form) = r.form {
                assert!(crate::forms::definition(form).is_some(), "{form}");
            }
        }
    }

    #[test]
    fn actions_with_an_opinion_field_have_no_separate_opinion_box() {
        for r in RULES {
            let has_field = r.form.and_then(crate::forms::definition).is_some_and(|d| {
                d.sections
                    .iter()
                    .flat_map(|s| &s.fields)
                    .any(|f| f.id == "opinion")
            });
            if has_field {
                assert_eq!(r.opinion, NoOpinion, "{}", r.label);
            }
        }
    }
}
