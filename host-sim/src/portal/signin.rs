//! Simulated single sign-on: pick any person from the seeded directory. The real OA
//! authenticates; the simulator only needs to know who acts, so it asks no password.

use std::collections::BTreeMap;

use super::html::{card, esc};
use super::http::{Req, Resp, SESSION_COOKIE, percent_encode};
use super::layout::{Ctx, page as layout, role_label};
use super::queries::{self, UserRow};
use super::{Page, Portal};

fn button(u: &UserRow) -> String {
    format!(
        "<button type=\"submit\" name=\"user\" value=\"{}\" class=\"user-btn\" title=\"{}\">{} <small>{}</small></button>",
        esc(&u.user_id),
        esc(&u.user_id),
        esc(&u.name),
        role_label(&u.role)
    )
}

/// Users of some roles, one block per org unit.
fn by_org(users: &[UserRow], roles: &[&str], show_code: bool) -> String {
    let mut orgs: BTreeMap<(&str, &str), Vec<&UserRow>> = BTreeMap::new();
    for u in users.iter().filter(|u| roles.contains(&u.role.as_str())) {
        orgs.entry((u.org_unit.as_str(), u.org_name.as_str()))
            .or_default()
            .push(u);
    }
    let blocks: String = orgs
        .iter()
        .map(|((code, name), us)| {
            let code = if show_code {
                format!("<small class=\"code\">{}</small>", esc(code))
            } else {
                String::new()
            };
            let buttons: String = us.iter().map(|u| button(u)).collect();
            format!("<div class=\"org\"><div class=\"org-name\">{}{code}</div><div>{buttons}</div></div>", esc(name))
        })
        .collect();
    format!("<div class=\"org-grid\">{blocks}</div>")
}

pub fn page(p: &mut Portal, ctx: &Ctx) -> Page {
    let users = queries::users(p.sim.connection())?;
    let flat = |roles: &[&str]| -> String {
        users
            .iter()
            .filter(|u| roles.contains(&u.role.as_str()))
            .map(button)
            .collect()
    };
    let body = format!(
        "<div class=\"alert info sso\"><b>模拟单点登录：本模拟器无需密码。</b>正式环境由市 OA 统一身份认证登录；此处选择目录中的任一人员即以其身份办理，身份（角色、所属单位）取自组织目录。</div>
<form method=\"post\" action=\"/login\" class=\"signin-form\">{}{}{}{}{}</form>",
        card(
            "市工业和信息化局",
            &by_org(&users, &["city-officer", "city-leader"], false)
        ),
        card(
            "开发区、区县（市）工信部门",
            &by_org(&users, &["district-office"], false)
        ),
        card(
            "申报企业（统一社会信用代码）",
            &by_org(&users, &["enterprise"], true)
        ),
        card(
            "评审专家",
            &format!("<div class=\"user-grid\">{}</div>", flat(&["expert"]))
        ),
        card(
            "社会公众与系统管理",
            &format!(
                "<div class=\"user-grid\">{}</div>",
                flat(&["public", "administrator"])
            )
        ),
    );
    Ok(Resp::html(layout(
        ctx,
        "统一身份认证（模拟）",
        "/login",
        &body,
    )))
}

pub fn post(p: &mut Portal, req: &Req) -> Page {
    let form = req.form()?;
    let user = form
        .iter()
        .find(|(k, _)| k == "user")
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| Resp::bad_request("请选择要登录的人员"))?;
    p.sim
        .actor(user)
        .map_err(|_| Resp::bad_request("目录中没有该人员"))?;
    Ok(Resp::redirect("/home").with_header(
        "Set-Cookie",
        format!(
            "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax",
            percent_encode(user)
        ),
    ))
}

pub fn logout() -> Resp {
    Resp::redirect("/login").with_header(
        "Set-Cookie",
        format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
    )
}
