//! The entry points of the contract in domain terms: which actions exist for an actor,
//! taking one, what an actor may see, and timers. Everything about who may do what comes
//! from the rule table (`rules`); the component glue only converts calls.

use crate::authz::require_role;
use crate::batch;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{ActionDef, Outcome};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::FilledForm;
use crate::bindings::zhengzhou::quality_benchmark::log::Level;
use crate::case::{Application, Batch, Loaded, load_application, load_batch};
use crate::contract::{Action, Actor, FieldError, Refusal, Stage, StoredCase};
use crate::effects::Effects;
use crate::forms;
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::rules::{self, Applies, Rule, Step};
use crate::stage::BatchStage;
use crate::{conventions, panel, proposal, publication, publicity, seal, uploads, view};

/// A loaded case of either kind.
pub enum Case {
    Batch(Box<Loaded<Batch>>),
    Application(Box<Loaded<Application>>),
}

impl Case {
    pub fn id(&self) -> &str {
        match self {
            Case::Batch(b) => &b.id,
            Case::Application(a) => &a.id,
        }
    }
    pub fn version(&self) -> u64 {
        match self {
            Case::Batch(b) => b.version,
            Case::Application(a) => a.version,
        }
    }
    pub fn year(&self) -> u16 {
        match self {
            Case::Batch(b) => b.state.year,
            Case::Application(a) => a.state.year,
        }
    }
}

pub fn load(host: &dyn Host, case_id: &str) -> Decision<Case> {
    decode(host, case_id, host.get_case(case_id))
}

/// The case as the host returned it (`None`: there is none), decoded.
fn decode(host: &dyn Host, case_id: &str, stored: Option<StoredCase>) -> Decision<Case> {
    let stored = stored.ok_or_else(|| refuse("not-found", "该事项不存在"))?;
    let case = match stored.summary.stage {
        Stage::Batch(_) => load_batch(&stored).map(|b| Case::Batch(Box::new(b))),
        Stage::Application(_) => load_application(&stored).map(|a| Case::Application(Box::new(a))),
    };
    case.inspect_err(|r| host.log(Level::Error, &format!("{case_id}: {}", r.message)))
}

/// Actions that create a case and are open to this actor now.
pub fn start_actions(host: &dyn Host, actor: &Actor) -> Vec<ActionDef> {
    rules::RULES
        .iter()
        .filter(|r| match r.step {
            Applies::Creates(_, _, available) => {
                r.roles.contains(&actor.role) && available(host, actor)
            }
            _ => false,
        })
        .map(Rule::def)
        .collect()
}

/// The actions the actor may take on the case now: exactly those the guard lets through.
pub fn actions(host: &dyn Host, actor: &Actor, case_id: &str) -> Decision<Vec<ActionDef>> {
    let case = load(host, case_id)?;
    view::require_visible(actor, &case)?;
    Ok(rules::open_to(actor, &case)
        .into_iter()
        .map(Rule::def)
        .collect())
}

/// The case an action targets (none for a case-creating one), after the guard let the
/// actor take it: what `act`, `forms.prepare-seal` and `forms.permit-upload` share.
pub fn guarded(
    host: &dyn Host,
    actor: &Actor,
    case_id: Option<&str>,
    action: Action,
) -> Decision<(Option<Case>, &'static Rule)> {
    guarded_read(host, actor, case_id, action, |id| host.get_case(id))
}

/// `guarded`, with the case read by `read` (once, and only if the action targets one).
fn guarded_read(
    host: &dyn Host,
    actor: &Actor,
    case_id: Option<&str>,
    action: Action,
    read: impl FnOnce(&str) -> Option<StoredCase>,
) -> Decision<(Option<Case>, &'static Rule)> {
    let rule = rules::rule(action);
    match (&rule.step, case_id) {
        (Applies::Creates(..), None) => {
            require_role(actor, rule.roles, rule.label)?;
            Ok((None, rule))
        }
        (Applies::Creates(..), Some(_)) => Err(refuse(
            "case-not-allowed",
            format!("“{}”会新建事项，不能对已有事项办理", rule.label),
        )),
        (_, None) => Err(refuse(
            "case-required",
            format!("“{}”须指定事项", rule.label),
        )),
        (_, Some(id)) => {
            let case = decode(host, id, read(id))?;
            rules::check(actor, &case, rule)?;
            Ok((Some(case), rule))
        }
    }
}

/// Take an action. Returns the outcome and sends the notifications it produced.
pub fn act(
    host: &dyn Host,
    actor: &Actor,
    req: &crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request,
) -> Decision<Outcome> {
    #[cfg(feature = "fault-injection")]
    crate::faults::inject(host, req.opinion.as_deref());
    let case_id = req.case_id.as_deref();
    // The case is read once: for the version the actor saw, then for the step. A stale
    // version is refused before anything else about the case is said.
    let stored = case_id.and_then(|id| host.get_case(id));
    if let (Some(stored), Some(expected)) = (&stored, req.expected_version)
        && stored.version != expected
    {
        return Err(refuse(
            "version-conflict",
            "该事项已被他人办理或已更新，请刷新后重试",
        ));
    }
    let (case, rule) = guarded_read(host, actor, case_id, req.action, |_| stored)?;
    let mut cx = Step {
        host,
        actor,
        req,
        fx: Effects::default(),
    };
    // Seals and uploads are checked the same way for every action: against what the host
    // holds and what the plugin itself ordered.
    let mut errors: Vec<FieldError> = seal::check(host, actor, case.as_ref(), rule, &req.values);
    errors.extend(uploads::check(
        host,
        actor,
        case_id,
        &req.values,
        &mut cx.fx,
    ));
    let ran = match (case, &rule.step) {
        (None, Applies::Creates(_, step, _)) => step(&mut cx),
        (Some(Case::Batch(mut b)), Applies::Batch(_, step)) => step(&mut cx, &mut b),
        (Some(Case::Application(mut a)), Applies::App(_, step)) => step(&mut cx, &mut a),
        _ => Err(refuse("wrong-case", "该操作不适用于这类事项")),
    };
    finish(ran, errors)?;
    host.notify(&cx.fx.notices);
    Ok(cx.fx.outcome)
}

/// The step's result, with the seal and upload errors found before it.
fn finish(ran: Decision<()>, errors: Vec<FieldError>) -> Decision<()> {
    match ran {
        Err(Refusal {
            code, mut fields, ..
        }) if code == "invalid-form" => {
            let mut all = errors;
            all.append(&mut fields);
            Err(invalid_form(all))
        }
        Err(other) => Err(other),
        Ok(()) if !errors.is_empty() => Err(invalid_form(errors)),
        Ok(()) => Ok(()),
    }
}

/// A form as this actor sees it, with the values on file that the actor may see.
pub fn describe(
    host: &dyn Host,
    actor: &Actor,
    form_id: &str,
    case_id: Option<&str>,
) -> Decision<FilledForm> {
    let case = case_id.map(|id| load(host, id)).transpose()?;
    let year = match &case {
        Some(c) => c.year(),
        None => batch::year_of(&host.today())?,
    };
    let definition = forms::definition_for_year(form_id, year)
        .ok_or_else(|| refuse("unknown-form", format!("未知表单：{form_id}")))?;
    let values = match &case {
        None => Vec::new(),
        Some(case) => {
            view::require_visible(actor, case)?;
            view::form_values(actor, case, form_id).unwrap_or_default()
        }
    };
    Ok(FilledForm { definition, values })
}

/// A timer set by an earlier outcome is due.
pub fn on_timer(host: &dyn Host, case_id: &str, key: &str) -> Decision<Outcome> {
    let mut fx = Effects::of_timer();
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
        // A district's next chunk, from a timer on its next application (ADR 3).
        (Case::Application(a), panel::TIMER_ASSIGN) => {
            panel::continue_seating_in(host, &a, &mut fx)?
        }
        (Case::Application(a), publication::TIMER_CONCLUDE) => {
            publication::conclude_next_in(host, &a, &mut fx)?
        }
        // A timer whose step has already been taken by hand has nothing left to do.
        (_, proposal::TIMER_PUBLICITY_END) => {
            host.log(
                Level::Info,
                &format!("{case_id}: 公示已结束，定时器无事可做"),
            );
        }
        (
            Case::Application(a),
            key @ (conventions::TIMER_DUE_REVIEW | conventions::TIMER_DUE_SCORING),
        ) => conventions::remind_when_due(&a, key, &mut fx),
        _ => {
            return Err(refuse(
                "unknown-timer",
                format!("事项 {case_id} 没有定时事项 {key}"),
            ));
        }
    }
    host.notify(&fx.notices);
    Ok(fx.outcome)
}
