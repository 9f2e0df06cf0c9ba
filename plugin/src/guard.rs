//! The one table of who may take which action at which stage: role, org unit and stage
//! for every action. `workflow::act` runs it before any action, and
//! `workflow::actions` offers exactly the actions it lets through.

use crate::action::Action;
use crate::authz::{require_own_district, require_owner, require_role};
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Role};
use crate::case::{Application, Source};
use crate::refusal::{Decision, refuse};
use crate::stage::{AppStage, BatchStage};
use crate::workflow::Case;

use Action as A;
use AppStage as S;
use BatchStage as B;

fn at<T: Copy + PartialEq>(current: T, allowed: &[T], label: &str, action: Action) -> Decision<()> {
    if allowed.contains(&current) {
        Ok(())
    } else {
        Err(refuse(
            "wrong-stage",
            format!("当前为“{label}”，不能“{}”", action.label()),
        ))
    }
}

fn batch_at(stage: BatchStage, allowed: &[BatchStage], action: Action) -> Decision<()> {
    at(stage, allowed, stage.label(), action)
}

fn app_at(app: &Application, allowed: &[AppStage], action: Action) -> Decision<()> {
    at(app.stage, allowed, app.stage.label(), action)
}

/// The expert must sit on this application's panel.
fn panel_member(actor: &Actor, app: &Application, action: Action) -> Decision<()> {
    require_role(actor, &[Role::Expert], action.label())?;
    if !app.panel.contains(&actor.user_id) {
        return Err(refuse("not-assigned", "您不是该申报的评审专家，或已回避"));
    }
    if app.scores.iter().any(|s| s.expert == actor.user_id) {
        return Err(refuse("already-scored", "您已提交该申报的评分"));
    }
    Ok(())
}

/// The district office acting must be the one the review was delegated to, if any (转办).
fn district_reviewer(actor: &Actor, app: &Application, action: Action) -> Decision<()> {
    require_own_district(actor, app, action.label())?;
    match &app.delegate {
        Some(user) if *user != actor.user_id => {
            Err(refuse("delegated", format!("该事项已转办给{user}办理")))
        }
        _ => Ok(()),
    }
}

/// Whether `actor` may take `action` on `case` now (role, org unit, stage).
pub fn check(actor: &Actor, case: &Case, action: Action) -> Decision<()> {
    let officer = [Role::CityOfficer];
    let leader = [Role::CityLeader];
    let what = action.label();
    match case {
        Case::Batch(b) => {
            let s = b.state.stage;
            match action {
                A::CloseApplications => {
                    require_role(actor, &officer, what).and(batch_at(s, &[B::Open], action))
                }
                A::ImportProvincial => {
                    require_role(actor, &officer, what)?;
                    batch_at(s, &[B::Open, B::Review], action)?;
                    if b.state.draw.is_some() {
                        return Err(refuse("wrong-stage", "专家已抽取，不能再登记省级申报企业"));
                    }
                    Ok(())
                }
                A::DrawPanel => {
                    require_role(actor, &officer, what)?;
                    batch_at(s, &[B::Review], action)?;
                    if b.state.draw.is_some() {
                        return Err(refuse(
                            "already-drawn",
                            "本年度评审专家已抽取；此后通过形式审查的申报自动进入专家评审",
                        ));
                    }
                    Ok(())
                }
                A::ProposeList => {
                    require_role(actor, &officer, what).and(batch_at(s, &[B::Review], action))
                }
                A::WithdrawList => {
                    require_role(actor, &officer, what).and(batch_at(s, &[B::Proposed], action))
                }
                A::ApproveList | A::ReturnList => {
                    require_role(actor, &leader, what).and(batch_at(s, &[B::Proposed], action))
                }
                A::ClosePublicity => {
                    require_role(actor, &officer, what).and(batch_at(s, &[B::Publicity], action))
                }
                A::Publish => require_role(actor, &leader, what).and(batch_at(
                    s,
                    &[B::PublicityClosed],
                    action,
                )),
                A::RecommendProvincial => {
                    require_role(actor, &leader, what).and(batch_at(s, &[B::Published], action))
                }
                _ => Err(refuse("wrong-case", format!("“{what}”不适用于年度批次"))),
            }
        }
        Case::Application(a) => {
            let app = &a.state;
            match action {
                A::EditForm | A::Submit => require_owner(actor, app, what).and(app_at(
                    app,
                    &[S::Draft, S::Returned],
                    action,
                )),
                A::EditMaterials => {
                    match app.source {
                        // Provincial applicants file no second submission: the bureau registers their materials.
                        Source::Provincial { .. } => require_role(actor, &officer, what)
                            .and(app_at(app, &[S::FormalCheck], action)),
                        Source::Direct => require_owner(actor, app, what).and(app_at(
                            app,
                            &[S::Draft, S::Returned],
                            action,
                        )),
                    }
                }
                A::Withdraw => {
                    require_owner(actor, app, what).and(app_at(app, &[S::DistrictReview], action))
                }
                A::Recommend | A::ReturnForRevision | A::Decline | A::Delegate => {
                    district_reviewer(actor, app, action).and(app_at(
                        app,
                        &[S::DistrictReview],
                        action,
                    ))
                }
                A::FormalCheck => {
                    require_role(actor, &officer, what).and(app_at(app, &[S::FormalCheck], action))
                }
                A::Remind => require_role(actor, &officer, what).and(app_at(
                    app,
                    &[S::DistrictReview, S::ExpertReview],
                    action,
                )),
                A::DeclareConflict | A::Score => {
                    app_at(app, &[S::ExpertReview], action).and(panel_member(actor, app, action))
                }
                A::RequireInspection => {
                    require_role(actor, &officer, what).and(app_at(app, &[S::Scored], action))
                }
                A::RecordDefence | A::RecordSiteVisit => {
                    require_role(actor, &officer, what).and(app_at(app, &[S::Defence], action))
                }
                A::Object => require_role(actor, &[Role::Public], what).and(app_at(
                    app,
                    &[S::Proposed],
                    action,
                )),
                A::DecideObjection => {
                    require_role(actor, &officer, what)?;
                    app_at(app, &[S::Proposed], action)?;
                    if app.open_objections() == 0 {
                        return Err(refuse("no-open-objection", "该申报没有待处理的异议"));
                    }
                    Ok(())
                }
                A::ProposeRevocation => {
                    require_role(actor, &officer, what).and(app_at(app, &[S::Recognized], action))
                }
                A::ApproveRevocation | A::RejectRevocation => require_role(actor, &leader, what)
                    .and(app_at(app, &[S::RevocationPending], action)),
                _ => Err(refuse("wrong-case", format!("“{what}”不适用于申报"))),
            }
        }
    }
}
