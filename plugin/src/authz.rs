//! Who may do what: every action is checked against role, org unit and stage.

use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Role};
use crate::case::Application;
use crate::district;
use crate::refusal::{Decision, refuse};

/// Chinese name of a role, for messages.
pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Enterprise => "申报企业",
        Role::DistrictOffice => "区县（开发区）工信部门",
        Role::CityOfficer => "市工信局经办人员",
        Role::CityLeader => "市工信局领导",
        Role::Expert => "评审专家",
        Role::Public => "社会公众",
        Role::Administrator => "系统管理员",
    }
}

/// The actor must hold one of `roles`.
pub fn require_role(actor: &Actor, roles: &[Role], what: &str) -> Decision<()> {
    if roles.contains(&actor.role) {
        return Ok(());
    }
    let allowed: Vec<_> = roles.iter().map(|r| role_label(*r)).collect();
    Err(refuse(
        "wrong-role",
        format!(
            "“{what}”只能由{}办理，{}无此权限",
            allowed.join("或"),
            role_label(actor.role)
        ),
    ))
}

/// The actor must be the applicant enterprise (自愿申报: only the enterprise acts on its own application).
pub fn require_owner(actor: &Actor, app: &Application, what: &str) -> Decision<()> {
    require_role(actor, &[Role::Enterprise], what)?;
    if actor.org_unit != app.credit_code {
        return Err(refuse(
            "not-owner",
            format!(
                "只能办理本企业的申报，无权对{}的申报“{what}”",
                app.enterprise_name
            ),
        ));
    }
    Ok(())
}

/// The actor must be the district office of the application's own district (第九条).
pub fn require_own_district(actor: &Actor, app: &Application, what: &str) -> Decision<()> {
    require_role(actor, &[Role::DistrictOffice], what)?;
    match app.district.as_deref() {
        Some(d) if d == actor.org_unit => Ok(()),
        Some(d) => Err(refuse(
            "wrong-district",
            format!(
                "该申报属于{}，{}无权“{what}”，只能审核本地区企业的申报",
                district::name_of(d),
                district::name_of(&actor.org_unit)
            ),
        )),
        None => Err(refuse("wrong-stage", "该申报尚未提交，区县不能审核")),
    }
}

/// Whether the actor works at the city bureau.
pub fn is_city(actor: &Actor) -> bool {
    matches!(actor.role, Role::CityOfficer | Role::CityLeader)
}
