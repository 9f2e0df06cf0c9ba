//! The catalogue of actions: the one place for each action's id, label, form and rules.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    ActionDef, ActionTone, OpinionRule,
};
use crate::forms::ids;

macro_rules! actions {
    ($($variant:ident = $id:literal, $label:literal, form: $form:expr, opinion: $op:ident, seal: $seal:literal, tone: $tone:ident;)*) => {
        /// Every action of the process.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action { $($variant,)* }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];
            /// Stable id, as in `request.action`.
            pub fn id(self) -> &'static str { match self { $(Action::$variant => $id,)* } }
            /// Chinese label.
            pub fn label(self) -> &'static str { match self { $(Action::$variant => $label,)* } }
            /// The form the action fills, if any.
            pub fn form(self) -> Option<&'static str> { match self { $(Action::$variant => $form,)* } }
            /// Whether and how the action asks for an opinion.
            pub fn opinion(self) -> OpinionRule { match self { $(Action::$variant => OpinionRule::$op,)* } }
            /// Whether the host must obtain a seal first.
            pub fn needs_seal(self) -> bool { match self { $(Action::$variant => $seal,)* } }
            fn tone(self) -> ActionTone { match self { $(Action::$variant => ActionTone::$tone,)* } }
            /// The action with this id.
            pub fn from_id(id: &str) -> Option<Self> { Self::ALL.iter().copied().find(|a| a.id() == id) }
            /// The contract's description of the action.
            pub fn def(self) -> ActionDef {
                ActionDef {
                    id: self.id().to_string(),
                    label: self.label().to_string(),
                    form: self.form().map(str::to_string),
                    opinion: self.opinion(),
                    needs_seal: self.needs_seal(),
                    tone: self.tone(),
                }
            }
        }
    };
}

actions! {
    // The annual round (第五条, 第十一条).
    OpenBatch = "open-batch", "发布年度申报通知", form: Some(ids::BATCH_CONFIG), opinion: Optional, seal: false, tone: Primary;
    CloseApplications = "close-applications", "截止申报", form: None, opinion: Optional, seal: false, tone: Normal;
    ImportProvincial = "import-provincial", "登记省级申报企业", form: Some(ids::PROVINCIAL_IMPORT), opinion: Optional, seal: false, tone: Normal;
    DrawPanel = "draw-panel", "抽取评审专家", form: None, opinion: Optional, seal: false, tone: Primary;
    ProposeList = "propose-list", "提出拟认定名单", form: Some(ids::PROPOSED_LIST), opinion: Required, seal: false, tone: Primary;
    WithdrawList = "withdraw-list", "撤回拟认定名单", form: None, opinion: Optional, seal: false, tone: Normal;
    ApproveList = "approve-list", "批准名单并公示", form: None, opinion: Required, seal: false, tone: Primary;
    ReturnList = "return-list", "退回名单", form: None, opinion: Required, seal: false, tone: Danger;
    ClosePublicity = "close-publicity", "结束公示", form: None, opinion: Optional, seal: false, tone: Normal;
    Publish = "publish", "确认名单并发文公布", form: Some(ids::PUBLICATION), opinion: Required, seal: true, tone: Primary;
    RecommendProvincial = "recommend-provincial", "择优推荐申报省级质量标杆", form: Some(ids::PROVINCIAL_RECOMMENDATION), opinion: Required, seal: false, tone: Primary;
    // The enterprise (第八条).
    StartApplication = "start-application", "开始申报", form: None, opinion: NoOpinion, seal: false, tone: Primary;
    EditForm = "edit-form", "填写申报表", form: Some(ids::APPLICATION_FORM), opinion: NoOpinion, seal: false, tone: Normal;
    EditMaterials = "edit-materials", "填写申报材料", form: Some(ids::APPLICATION_MATERIALS), opinion: NoOpinion, seal: false, tone: Normal;
    Submit = "submit", "签章并提交", form: Some(ids::APPLICATION_FORM), opinion: Optional, seal: true, tone: Primary;
    Withdraw = "withdraw", "撤回", form: None, opinion: Optional, seal: false, tone: Normal;
    // The district office (第九条).
    Recommend = "recommend", "推荐", form: Some(ids::DISTRICT_OPINION), opinion: Required, seal: true, tone: Primary;
    ReturnForRevision = "return", "退回修改", form: None, opinion: Required, seal: false, tone: Danger;
    Decline = "decline", "不予推荐", form: None, opinion: Required, seal: false, tone: Danger;
    Delegate = "delegate", "转办", form: Some(ids::DELEGATION), opinion: Optional, seal: false, tone: Normal;
    // The city bureau and its experts (第九条).
    FormalCheck = "formal-check", "形式审查", form: Some(ids::FORMAL_CHECK), opinion: Required, seal: false, tone: Primary;
    Remind = "remind", "催办", form: None, opinion: Optional, seal: false, tone: Normal;
    DeclareConflict = "declare-conflict", "回避声明", form: Some(ids::CONFLICT_DECLARATION), opinion: NoOpinion, seal: false, tone: Danger;
    Score = "score", "提交评分", form: Some(ids::SCORE_SHEET), opinion: NoOpinion, seal: false, tone: Primary;
    RequireInspection = "require-inspection", "安排答辩/实地考察", form: None, opinion: Required, seal: false, tone: Normal;
    RecordDefence = "record-defence", "录入答辩结果", form: Some(ids::DEFENCE_RECORD), opinion: Optional, seal: false, tone: Primary;
    RecordSiteVisit = "record-site-visit", "录入实地考察结果", form: Some(ids::SITE_VISIT_RECORD), opinion: Optional, seal: false, tone: Primary;
    // 公示 (第十条).
    Object = "object", "实名提出异议", form: Some(ids::OBJECTION), opinion: NoOpinion, seal: false, tone: Danger;
    DecideObjection = "decide-objection", "异议处理", form: Some(ids::OBJECTION_DECISION), opinion: Optional, seal: false, tone: Primary;
    // 动态管理 (第十三条).
    ProposeRevocation = "propose-revocation", "提请撤销称号", form: Some(ids::REVOCATION), opinion: Required, seal: false, tone: Danger;
    ApproveRevocation = "approve-revocation", "批准撤销", form: None, opinion: Required, seal: false, tone: Danger;
    RejectRevocation = "reject-revocation", "不予撤销", form: None, opinion: Required, seal: false, tone: Normal;
}
