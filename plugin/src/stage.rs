//! The stages of the process (第八条–第十三条): the contract's stage enums with their
//! Chinese labels, the article each belongs to, and whether a case can leave it.
//! The codes are in `codes.rs`.

pub use crate::contract::{ApplicationStage as AppStage, BatchStage, Stage};

/// What the plugin knows about a stage besides its code.
pub trait StageInfo: Copy {
    /// Chinese label.
    fn label(self) -> &'static str;
    /// The article of the regulation it belongs to.
    fn article(self) -> &'static str;
    /// Whether the case can never leave it.
    fn terminal(self) -> bool;
    /// As the contract's `stage` variant.
    fn wit(self) -> Stage;
}

macro_rules! stage_info {
    ($ty:ident => $wrap:ident { $($variant:ident: $label:literal, $article:literal, $terminal:literal;)* }) => {
        impl StageInfo for $ty {
            fn label(self) -> &'static str { match self { $($ty::$variant => $label,)* } }
            fn article(self) -> &'static str { match self { $($ty::$variant => $article,)* } }
            fn terminal(self) -> bool { match self { $($ty::$variant => $terminal,)* } }
            fn wit(self) -> Stage { Stage::$wrap(self) }
        }
    };
}

stage_info!(BatchStage => Batch {
    Open: "申报中", "第十一条", false;
    Review: "评审中", "第九条", false;
    Proposed: "拟认定名单待审批", "第十条", false;
    Publicity: "公示中", "第十条", false;
    PublicityClosed: "公示结束待确认", "第十条", false;
    Published: "已发文公布", "第十条", true;
});

stage_info!(AppStage => Application {
    Draft: "草稿", "第八条", false;
    DistrictReview: "区县审核中", "第九条", false;
    Returned: "退回修改", "第九条", false;
    Declined: "不予推荐", "第九条", true;
    FormalCheck: "市级形式审查", "第九条", false;
    Accepted: "形式审查通过", "第九条", false;
    ExpertReview: "专家评审中", "第七条", false;
    Scored: "专家评审完成", "第七条", false;
    Defence: "答辩/实地考察", "第九条", false;
    Proposed: "拟认定", "第十条", false;
    NotSelected: "未入选", "第十条", true;
    Removed: "异议成立取消", "第十条", true;
    Recognized: "已认定", "第十条", false;
    RevocationPending: "撤销待审批", "第十三条", false;
    Revoked: "已撤销", "第十三条", true;
});

/// The label of either kind of stage.
pub fn label(stage: Stage) -> &'static str {
    match stage {
        Stage::Batch(s) => s.label(),
        Stage::Application(s) => s.label(),
    }
}

/// Every stage of both kinds, in process order.
pub fn all() -> Vec<Stage> {
    use crate::codes::Code;
    BatchStage::ALL
        .iter()
        .map(|s| s.wit())
        .chain(AppStage::ALL.iter().map(|s| s.wit()))
        .collect()
}

/// Serialise a contract enum by its code, as the state has always stored stages.
pub mod by_code {
    use crate::codes::Code;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer, T: Code>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.code())
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Code>(d: D) -> Result<T, D::Error> {
        let code = String::deserialize(d)?;
        T::from_code(&code).ok_or_else(|| D::Error::custom(format!("unknown code `{code}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{Code, stage_code, stage_from_code, stage_kind};

    #[test]
    fn codes_round_trip_and_are_unique_within_a_kind() {
        for s in all() {
            assert_eq!(stage_from_code(stage_kind(s), stage_code(s)), Some(s));
        }
        let mut codes: Vec<_> = AppStage::ALL.iter().map(|s| s.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), AppStage::ALL.len());
    }
}
