//! The stages of the process (第八条–第十三条): the one list of stage codes and labels.

use serde::{Deserialize, Serialize};

macro_rules! stages {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal, $label:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vm])* $variant,)* }

        impl $name {
            /// Every stage, in process order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// Stable ASCII code, as stored in the host's case summary.
            pub fn code(self) -> &'static str { match self { $($name::$variant => $code,)* } }
            /// Chinese label.
            pub fn label(self) -> &'static str { match self { $($name::$variant => $label,)* } }
            /// The stage with this code.
            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|s| s.code() == code)
            }
        }
    };
}

stages! {
    /// Where an annual round (年度批次) stands.
    BatchStage {
        /// 年度申报通知已发布, enterprises apply (第八条).
        Open = "open", "申报中";
        /// Applications closed; district, city and expert review (第九条).
        Review = "review", "评审中";
        /// 拟认定名单 awaiting the leader's approval (第十条).
        Proposed = "proposed", "拟认定名单待审批";
        /// 公示 running (第十条).
        Publicity = "publicity", "公示中";
        /// 公示 over, awaiting confirmation and publication.
        PublicityClosed = "publicity-closed", "公示结束待确认";
        /// 发文公布, plaques awarded (第十条).
        Published = "published", "已发文公布";
    }
}

stages! {
    /// Where one application (申报) stands.
    AppStage {
        /// 草稿: the enterprise is filling it in (自愿申报, 第八条).
        Draft = "draft", "草稿";
        /// 区县审核: with the district office (第九条).
        DistrictReview = "district-review", "区县审核中";
        /// 退回修改: returned to the enterprise for revision.
        Returned = "returned", "退回修改";
        /// 不予推荐: declined by the district.
        Declined = "declined", "不予推荐";
        /// 市级形式审查: recommended, with the city bureau.
        FormalCheck = "formal-check", "市级形式审查";
        /// 形式审查通过, waiting for the expert panel.
        Accepted = "accepted", "形式审查通过";
        /// 专家评审 (第九条).
        ExpertReview = "expert-review", "专家评审中";
        /// 评审完成, ranked by the panel's aggregate.
        Scored = "scored", "专家评审完成";
        /// 答辩或实地考察 (第九条, 必要时).
        Defence = "defence", "答辩/实地考察";
        /// 列入拟认定名单 (第十条).
        Proposed = "proposed", "拟认定";
        /// 未列入拟认定名单.
        NotSelected = "not-selected", "未入选";
        /// 异议成立, removed from the list.
        Removed = "removed", "异议成立取消";
        /// 认定为郑州市质量标杆 (第十条).
        Recognized = "recognized", "已认定";
        /// 撤销称号待领导审批 (第十三条).
        RevocationPending = "revocation-pending", "撤销待审批";
        /// 称号撤销 (第十三条).
        Revoked = "revoked", "已撤销";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for s in AppStage::ALL {
            assert_eq!(AppStage::from_code(s.code()), Some(*s));
        }
        for s in BatchStage::ALL {
            assert_eq!(BatchStage::from_code(s.code()), Some(*s));
        }
        let mut codes: Vec<_> = AppStage::ALL.iter().map(|s| s.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), AppStage::ALL.len());
    }
}
