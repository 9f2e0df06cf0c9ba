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
    OpenBatch = "open-batch", "发布年度申报通知", form: Some(ids::BATCH_CONFIG), opinion: Optional, seal: false, tone: Primary;
    CloseApplications = "close-applications", "截止申报", form: None, opinion: Optional, seal: false, tone: Normal;
    StartApplication = "start-application", "开始申报", form: None, opinion: NoOpinion, seal: false, tone: Primary;
    EditForm = "edit-form", "填写申报表", form: Some(ids::APPLICATION_FORM), opinion: NoOpinion, seal: false, tone: Normal;
    EditMaterials = "edit-materials", "填写申报材料", form: Some(ids::APPLICATION_MATERIALS), opinion: NoOpinion, seal: false, tone: Normal;
    Submit = "submit", "签章并提交", form: Some(ids::APPLICATION_FORM), opinion: Optional, seal: true, tone: Primary;
    Withdraw = "withdraw", "撤回", form: None, opinion: Optional, seal: false, tone: Normal;
    Recommend = "recommend", "推荐", form: Some(ids::DISTRICT_OPINION), opinion: Required, seal: true, tone: Primary;
    ReturnForRevision = "return", "退回修改", form: None, opinion: Required, seal: false, tone: Danger;
    Decline = "decline", "不予推荐", form: None, opinion: Required, seal: false, tone: Danger;
}
