//! The entry points of the contract in domain terms: which actions exist for an actor,
//! taking one, and what an actor may see. The component glue only converts calls.

use crate::action::Action;
use crate::authz::is_city;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    ActionDef, Outcome, Request,
};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::FilledForm;
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, CaseKind, Role, StoredCase};
use crate::case::{Application, Batch, Loaded, load_application, load_batch};
use crate::effects::Effects;
use crate::forms::{self, ids};
use crate::host::Host;
use crate::refusal::{Decision, refuse};
use crate::stage::BatchStage;
use crate::view;
use crate::{
    application, batch, conventions, district_review, formal_check, guard, inspection, panel,
    proposal, provincial, publication, publicity, revocation, scoring,
};

/// A loaded case of either kind.
pub enum Case {
    Batch(Box<Loaded<Batch>>),
    Application(Box<Loaded<Application>>),
}

pub fn load(host: &impl Host, case_id: &str) -> Decision<Case> {
    let stored: StoredCase = host
        .get_case(case_id)
        .ok_or_else(|| refuse("not-found", format!("案件 {case_id} 不存在")))?;
    Ok(match stored.summary.kind {
        CaseKind::Batch => Case::Batch(Box::new(load_batch(&stored)?)),
        CaseKind::Application => Case::Application(Box::new(load_application(&stored)?)),
    })
}

/// Actions that create a case.
pub fn start_actions(host: &impl Host, actor: &Actor) -> Vec<ActionDef> {
    let open = batch::current(host).ok();
    let mut out = Vec::new();
    match actor.role {
        Role::CityOfficer if open.is_none() => out.push(Action::OpenBatch.def()),
        Role::Enterprise => {
            if let Some(b) = open
                && b.state.stage == BatchStage::Open
                && host.today() <= b.state.config.application_deadline
                && host
                    .get_case(&crate::case::application_id(b.state.year, &actor.org_unit))
                    .is_none()
            {
                out.push(Action::StartApplication.def());
            }
        }
        _ => {}
    }
    out
}

/// The actions the actor may take on the case now: exactly those `guard` lets through.
pub fn actions(host: &impl Host, actor: &Actor, case_id: &str) -> Decision<Vec<ActionDef>> {
    let case = load(host, case_id)?;
    view::require_visible(actor, &case)?;
    Ok(Action::ALL
        .iter()
        .filter(|a| guard::check(actor, &case, **a).is_ok())
        .map(|a| a.def())
        .collect())
}

/// Take an action. Returns the outcome and sends the notifications it produced.
pub fn act(host: &impl Host, actor: &Actor, req: &Request) -> Decision<Outcome> {
    #[cfg(feature = "fault-injection")]
    crate::faults::inject(host, &req.action);
    let action = Action::from_id(&req.action)
        .ok_or_else(|| refuse("unknown-action", format!("未知操作：{}", req.action)))?;
    let mut fx = Effects::default();
    match &req.case_id {
        None => match action {
            Action::OpenBatch => batch::open(host, actor, req, &mut fx)?,
            Action::StartApplication => application::start(host, actor, &mut fx)?,
            _ => {
                return Err(refuse(
                    "case-required",
                    format!("“{}”须指定案件", action.label()),
                ));
            }
        },
        Some(id) => {
            let mut case = load(host, id)?;
            let version = match &case {
                Case::Batch(b) => b.version,
                Case::Application(a) => a.version,
            };
            if let Some(expected) = req.expected_version
                && expected != version
            {
                return Err(refuse(
                    "version-conflict",
                    "该事项已被他人办理或已更新，请刷新后重试",
                ));
            }
            guard::check(actor, &case, action)?;
            dispatch(host, actor, &mut case, action, req, &mut fx)?;
        }
    }
    host.notify(&fx.notices);
    Ok(fx.outcome)
}

/// Run an action that `guard` has allowed.
fn dispatch(
    host: &impl Host,
    actor: &Actor,
    case: &mut Case,
    action: Action,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    use Action as A;
    match (case, action) {
        (Case::Batch(b), A::CloseApplications) => batch::close_applications(b, req, fx),
        (Case::Batch(b), A::ImportProvincial) => provincial::import(host, actor, b, req, fx),
        (Case::Batch(b), A::DrawPanel) => panel::draw(host, b, req, fx),
        (Case::Batch(b), A::ProposeList) => proposal::propose(host, actor, b, req, fx),
        (Case::Batch(b), A::WithdrawList | A::ReturnList) => {
            proposal::withdraw_or_return(b, action, req, fx)
        }
        (Case::Batch(b), A::ApproveList) => proposal::approve(host, b, req, fx),
        (Case::Batch(b), A::ClosePublicity) => publicity::close(host, b, req.opinion.clone(), fx),
        (Case::Batch(b), A::Publish) => publication::publish(host, actor, b, req, fx),
        (Case::Batch(b), A::RecommendProvincial) => provincial::recommend(host, b, req, fx),
        (Case::Application(a), A::EditForm | A::EditMaterials) => {
            application::edit(a, action, req, fx)
        }
        (Case::Application(a), A::Submit) => application::submit(host, a, req, fx),
        (Case::Application(a), A::Withdraw) => application::withdraw(a, req, fx),
        (Case::Application(a), A::Recommend) => district_review::recommend(host, actor, a, req, fx),
        (Case::Application(a), A::ReturnForRevision | A::Decline) => {
            district_review::return_or_decline(a, action, req, fx)
        }
        (Case::Application(a), A::Delegate) => conventions::delegate(host, actor, a, req, fx),
        (Case::Application(a), A::Remind) => conventions::remind(a, req, fx),
        (Case::Application(a), A::FormalCheck) => formal_check::check(host, a, req, fx),
        (Case::Application(a), A::DeclareConflict) => {
            panel::declare_conflict(host, actor, a, req, fx)
        }
        (Case::Application(a), A::Score) => scoring::score(host, actor, a, req, fx),
        (Case::Application(a), A::RequireInspection) => inspection::require(a, req, fx),
        (Case::Application(a), A::RecordDefence | A::RecordSiteVisit) => {
            inspection::record(host, actor, a, action, req, fx)
        }
        (Case::Application(a), A::Object) => publicity::object(host, a, req, fx),
        (Case::Application(a), A::DecideObjection) => publicity::decide(actor, a, req, fx),
        (Case::Application(a), A::ProposeRevocation) => {
            revocation::propose(host, actor, a, req, fx)
        }
        (Case::Application(a), A::ApproveRevocation | A::RejectRevocation) => {
            revocation::decide(actor, a, action, req, fx)
        }
        _ => Err(refuse(
            "wrong-case",
            format!("“{}”不适用于该案件", action.label()),
        )),
    }
}

/// A form as this actor sees it, with the values on file for the case.
pub fn describe(
    host: &impl Host,
    actor: &Actor,
    form_id: &str,
    case_id: Option<&str>,
) -> Decision<FilledForm> {
    let case = case_id.map(|id| load(host, id)).transpose()?;
    let year = match &case {
        Some(Case::Batch(b)) => b.state.year,
        Some(Case::Application(a)) => a.state.year,
        None => batch::year_of(&host.today())?,
    };
    let definition = forms::definition_for_year(form_id, year)
        .ok_or_else(|| refuse("unknown-form", format!("未知表单：{form_id}")))?;
    let values = match case {
        None => Vec::new(),
        Some(case) => {
            view::require_visible(actor, &case)?;
            match (&case, form_id) {
                (Case::Application(a), ids::APPLICATION_FORM) => a.state.form.clone(),
                (Case::Application(a), ids::APPLICATION_MATERIALS) => a.state.materials.clone(),
                (Case::Application(a), ids::DISTRICT_OPINION)
                    if is_city(actor) || actor.role == Role::DistrictOffice =>
                {
                    a.state
                        .recommendation
                        .as_ref()
                        .map(|r| r.fields.clone())
                        .unwrap_or_default()
                }
                (Case::Batch(b), ids::BATCH_CONFIG) => b.state.config_fields.clone(),
                _ => Vec::new(),
            }
        }
    };
    Ok(FilledForm { definition, values })
}

/// A timer set by an earlier outcome is due: the end of 公示 closes the period.
pub fn on_timer(host: &impl Host, case_id: &str, key: &str) -> Decision<Outcome> {
    let mut fx = Effects::default();
    match (load(host, case_id)?, key) {
        (Case::Batch(mut b), proposal::TIMER_PUBLICITY_END)
            if b.state.stage == BatchStage::Publicity =>
        {
            publicity::close(host, &mut b, None, &mut fx)?
        }
        (Case::Batch(b), panel::TIMER_ASSIGN) => panel::continue_seating(host, &b, &mut fx)?,
        (Case::Batch(b), publication::TIMER_CONCLUDE) => {
            publication::conclude_next(host, &b, &mut fx)?
        }
        // A timer whose step has already been taken by hand has nothing left to do.
        (_, proposal::TIMER_PUBLICITY_END) => {}
        (
            Case::Application(a),
            key @ (conventions::TIMER_DUE_REVIEW | conventions::TIMER_DUE_SCORING),
        ) => conventions::remind_when_due(&a, key, &mut fx),
        _ => {
            return Err(refuse(
                "unknown-timer",
                format!("案件 {case_id} 没有定时事项 {key}"),
            ));
        }
    }
    host.notify(&fx.notices);
    Ok(fx.outcome)
}
