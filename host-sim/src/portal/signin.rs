//! Simulated single sign-on: pick any person from the seeded directory. The real OA
//! authenticates; the simulator only needs to know who acts, so it asks no password.

use std::collections::BTreeMap;

use maud::{Markup, html};

use super::html::card;
use super::http::{Req, Resp, SESSION_COOKIE, percent_encode};
use super::layout::{Ctx, page as layout, role_label};
use super::queries::{self, UserRow};
use super::{Page, Portal};

fn button(u: &UserRow) -> Markup {
    html! {
        button type="submit" name="user" value=(u.user_id) class="user-btn" title=(u.user_id) {
            (u.name) " " small { (role_label(&u.role)) }
        }
    }
}

/// Users of some roles, one block per org unit.
fn by_org(users: &[UserRow], roles: &[&str], show_code: bool) -> Markup {
    let mut orgs: BTreeMap<(&str, &str), Vec<&UserRow>> = BTreeMap::new();
    for u in users.iter().filter(|u| roles.contains(&u.role.as_str())) {
        orgs.entry((u.org_unit.as_str(), u.org_name.as_str()))
            .or_default()
            .push(u);
    }
    html! {
        div.org-grid {
            @for ((code, name), us) in &orgs {
                div.org {
                    div.org-name {
                        (name)
                        @if show_code { small.code { (code) } }
                    }
                    div { @for u in us { (button(u)) } }
                }
            }
        }
    }
}

pub fn page(p: &mut Portal, ctx: &Ctx) -> Page {
    let users = queries::users(p.sim.connection())?;
    let flat = |roles: &[&str]| {
        html! {
            div.user-grid {
                @for u in users.iter().filter(|u| roles.contains(&u.role.as_str())) {
                    (button(u))
                }
            }
        }
    };
    let body = html! {
        div class="alert info sso" {
            b { "模拟单点登录：本模拟器无需密码。" }
            "正式环境由市 OA 统一身份认证登录；此处选择目录中的任一人员即以其身份办理，身份（角色、所属单位）取自组织目录。"
        }
        form method="post" action="/login" class="signin-form" {
            (card("市工业和信息化局", by_org(&users, &["city-officer", "city-leader"], false)))
            (card("开发区、区县（市）工信部门", by_org(&users, &["district-office"], false)))
            (card("申报企业（统一社会信用代码）", by_org(&users, &["enterprise"], true)))
            (card("评审专家", flat(&["expert"])))
            (card("社会公众与系统管理", flat(&["public", "administrator"])))
        }
    };
    Ok(Resp::html(layout(
        ctx,
        "统一身份认证（模拟）",
        "/login",
        body,
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
