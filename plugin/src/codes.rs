//! Stable ASCII codes of the contract's enums: the one mapping between an enum value and
//! the kebab-case string that URLs, JSON, logs, databases and scenario files carry.
//!
//! The code of each value is its WIT name, so a JavaScript host (jco represents WIT
//! enums as these very strings) and a Rust host agree without a table of their own.
//! Compiled into the plugin and into host-sim (`#[path]`), each against its own bindings
//! of the contract, re-exported by both as `crate::contract*`.

use crate::contract::{Action, ApplicationStage, BatchStage, CaseKind, RefusalKind, Role};
use crate::contract::{SealCapacity, Stage};
use crate::contract_approval::RecordKind;
use crate::contract_forms::TextFormat;
use crate::contract_notifications::NoticeKind;

/// An enum of the contract with a stable code per value.
pub trait Code: Sized + Copy + PartialEq + 'static {
    /// Every value, in the contract's order.
    const ALL: &'static [Self];
    /// The value's stable code.
    fn code(self) -> &'static str;
    /// The value with this code.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
}

macro_rules! codes {
    ($ty:ident { $($variant:ident = $code:literal,)* }) => {
        impl Code for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant,)*];
            fn code(self) -> &'static str {
                match self { $($ty::$variant => $code,)* }
            }
        }
    };
}

codes!(Role {
    Enterprise = "enterprise",
    DistrictOffice = "district-office",
    CityOfficer = "city-officer",
    CityLeader = "city-leader",
    Expert = "expert",
    Public = "public",
    Administrator = "administrator",
});

codes!(CaseKind {
    Batch = "batch",
    Application = "application",
});

codes!(BatchStage {
    Open = "open",
    Review = "review",
    Proposed = "proposed",
    Publicity = "publicity",
    PublicityClosed = "publicity-closed",
    Published = "published",
});

codes!(ApplicationStage {
    Draft = "draft",
    DistrictReview = "district-review",
    Returned = "returned",
    Declined = "declined",
    FormalCheck = "formal-check",
    Accepted = "accepted",
    ExpertReview = "expert-review",
    Scored = "scored",
    Defence = "defence",
    Proposed = "proposed",
    NotSelected = "not-selected",
    Removed = "removed",
    Recognized = "recognized",
    RevocationPending = "revocation-pending",
    Revoked = "revoked",
});

codes!(Action {
    OpenBatch = "open-batch",
    CloseApplications = "close-applications",
    ImportProvincial = "import-provincial",
    RegisterMaterials = "register-materials",
    DrawPanel = "draw-panel",
    ProposeList = "propose-list",
    WithdrawList = "withdraw-list",
    ApproveList = "approve-list",
    ReturnList = "return-list",
    ClosePublicity = "close-publicity",
    Publish = "publish",
    RecommendProvincial = "recommend-provincial",
    StartApplication = "start-application",
    EditForm = "edit-form",
    EditMaterials = "edit-materials",
    Submit = "submit",
    Withdraw = "withdraw",
    Recommend = "recommend",
    ReturnForRevision = "return-for-revision",
    Decline = "decline",
    Delegate = "delegate",
    FormalCheck = "formal-check",
    Remind = "remind",
    DeclareConflict = "declare-conflict",
    Score = "score",
    RequireInspection = "require-inspection",
    RecordDefence = "record-defence",
    RecordSiteVisit = "record-site-visit",
    Object = "object",
    DecideObjection = "decide-objection",
    ProposeRevocation = "propose-revocation",
    ApproveRevocation = "approve-revocation",
    RejectRevocation = "reject-revocation",
});

codes!(RefusalKind {
    Forbidden = "forbidden",
    NotFound = "not-found",
    Conflict = "conflict",
    Invalid = "invalid",
    WrongStage = "wrong-stage",
    Deadline = "deadline",
    HostFault = "host-fault",
});

codes!(SealCapacity {
    OrgSeal = "org-seal",
    LegalRepresentative = "legal-representative",
    Personal = "personal",
});

codes!(RecordKind {
    Call = "call",
    Publicity = "publicity",
    ObjectionResult = "objection-result",
    Recognition = "recognition",
    Catalogue = "catalogue",
    ProvincialRecommendation = "provincial-recommendation",
    Revocation = "revocation",
});

codes!(NoticeKind {
    ToDo = "to-do",
    Info = "info",
    CarbonCopy = "carbon-copy",
    Reminder = "reminder",
});

codes!(TextFormat {
    CreditCode = "credit-code",
    Phone = "phone",
    Fax = "fax",
    Mobile = "mobile",
    PhoneOrMobile = "phone-or-mobile",
    Email = "email",
    Postcode = "postcode",
    IdNumber = "id-number",
    BenchmarkTitle = "benchmark-title",
    Integer = "integer",
    OneDecimal = "one-decimal",
});

/// The kind of case a stage belongs to.
pub fn stage_kind(stage: Stage) -> CaseKind {
    match stage {
        Stage::Batch(_) => CaseKind::Batch,
        Stage::Application(_) => CaseKind::Application,
    }
}

/// A stage's code, unique within its kind.
pub fn stage_code(stage: Stage) -> &'static str {
    match stage {
        Stage::Batch(s) => s.code(),
        Stage::Application(s) => s.code(),
    }
}

/// The stage of a kind with this code.
pub fn stage_from_code(kind: CaseKind, code: &str) -> Option<Stage> {
    match kind {
        CaseKind::Batch => BatchStage::from_code(code).map(Stage::Batch),
        CaseKind::Application => ApplicationStage::from_code(code).map(Stage::Application),
    }
}
