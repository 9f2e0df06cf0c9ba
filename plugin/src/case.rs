//! The plugin's private case state, stored by the host as opaque bytes (JSON) with a
//! version, next to the host-visible summary.

use serde::{Deserialize, Serialize};

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::CaseWrite;
use crate::bindings::zhengzhou::quality_benchmark::types::{
    CaseKind, CaseSummary, Field, SealRef, StoredCase,
};
use crate::refusal::{Decision, refuse};
use crate::stage::{AppStage, BatchStage};

/// Version of the state layout. Bumped with a migration in `load` when the layout changes.
pub const STATE_SCHEMA: u32 = 1;

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

/// An annual round (第十一条: once a year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    pub schema: u32,
    pub year: u16,
    pub stage: BatchStage,
    pub config: BatchConfig,
    /// The raw batch-config values, as filed.
    pub config_fields: Vec<Field>,
    pub opened_at: String,
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

/// One enterprise's application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    pub schema: u32,
    pub year: u16,
    pub batch_id: String,
    pub stage: AppStage,
    /// 统一社会信用代码 of the applicant: the owner.
    pub credit_code: String,
    pub enterprise_name: String,
    /// District chosen at submission and checked against the register.
    pub district: Option<String>,
    /// 附件1 申报表 values.
    pub form: Vec<Field>,
    /// 附件2 申报材料 values.
    pub materials: Vec<Field>,
    /// Times submitted (1 + resubmissions after 退回修改).
    pub submissions: u32,
    pub submitted_at: Option<String>,
    pub recommendation: Option<Recommendation>,
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

fn decode<T: for<'de> Deserialize<'de>>(stored: &StoredCase) -> Decision<T> {
    serde_json::from_slice(&stored.state).map_err(|e| {
        refuse(
            "corrupt-state",
            format!("案件 {} 的数据无法读取：{e}", stored.summary.id),
        )
    })
}

pub fn load_batch(stored: &StoredCase) -> Decision<Loaded<Batch>> {
    if stored.summary.kind != CaseKind::Batch {
        return Err(refuse(
            "not-a-batch",
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
    if stored.summary.kind != CaseKind::Application {
        return Err(refuse(
            "not-an-application",
            format!("{} 不是申报", stored.summary.id),
        ));
    }
    Ok(Loaded {
        id: stored.summary.id.clone(),
        version: stored.version,
        state: decode(stored)?,
    })
}

fn encode<T: Serialize>(state: &T) -> Vec<u8> {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_vec(state).unwrap_or_default()
}

impl Batch {
    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: batch_id(self.year),
            kind: CaseKind::Batch,
            year: self.year,
            stage: self.stage.code().to_string(),
            stage_label: self.stage.label().to_string(),
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
            expected_version,
        }
    }
}

impl Application {
    pub fn id(&self) -> String {
        application_id(self.year, &self.credit_code)
    }

    /// The benchmark's title (附件2 名称), or a placeholder while a draft has none.
    pub fn title(&self) -> String {
        crate::forms::values::text(&self.materials, "title")
            .map(str::to_string)
            .unwrap_or_else(|| format!("{}（未命名）", self.enterprise_name))
    }

    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: self.id(),
            kind: CaseKind::Application,
            year: self.year,
            stage: self.stage.code().to_string(),
            stage_label: self.stage.label().to_string(),
            district: self.district.clone(),
            owner: Some(self.credit_code.clone()),
            title: self.title(),
            score: None,
        }
    }

    pub fn write(&self, expected_version: u64) -> CaseWrite {
        CaseWrite {
            summary: self.summary(),
            state: encode(self),
            expected_version,
        }
    }
}
