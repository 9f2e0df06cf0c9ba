//! The page shell every page shares: the header, the left navigation with counts, and
//! the simulated-clock note. Navigation depends only on the directory role.
//!
//! On a phone (政务钉钉, 企业微信) the navigation folds away behind the 菜单 button in the
//! header, so the page's own content gets the whole width; `portal.js` opens and closes
//! it and keeps `aria-expanded` true to what is shown. On a desktop the button is not
//! displayed and the navigation stays where it always was (`portal.css`).

use maud::{DOCTYPE, Markup, html};

use super::html::short_time;
use crate::contract::{Actor, Role};

/// What every page knows about the request.
pub struct Ctx {
    pub user: Option<Actor>,
    pub now: String,
    /// The person's open to-dos and unread messages, for the navigation: `None` when not
    /// counted (an API request) or when counting failed — the page still renders,
    /// without the number, and a page that needs it counts again and says why it cannot.
    pub todo: Option<i64>,
    pub unread: Option<i64>,
    /// The browser's anti-forgery token (`guard.rs`), and whether it is new to it.
    pub csrf: String,
    pub csrf_is_new: bool,
}

/// Chinese name of a directory role (the host's own directory vocabulary).
pub fn role_label(code: &str) -> &'static str {
    match code {
        "enterprise" => "申报企业",
        "district-office" => "区县工信部门",
        "city-officer" => "市工信局经办人员",
        "city-leader" => "市工信局领导",
        "expert" => "评审专家",
        "public" => "社会公众",
        "administrator" => "系统管理员",
        _ => "未知角色",
    }
}

/// The left navigation entries for a role: (href, label, count badge).
fn nav(ctx: &Ctx) -> Vec<(&'static str, &'static str, i64)> {
    let Some(user) = &ctx.user else {
        return vec![("/login", "登录", 0), ("/public", "公示公告", 0)];
    };
    let mut items = vec![
        ("/home", "工作台", 0),
        ("/todo", "待办事项", ctx.todo.unwrap_or(0)),
        ("/done", "已办事项", 0),
        ("/cc", "抄送我的", 0),
        ("/notices", "消息通知", ctx.unread.unwrap_or(0)),
        ("/public", "公示公告", 0),
    ];
    if user.role == Role::Administrator {
        items.extend([
            ("/admin/modules", "模块管理", 0),
            ("/admin/year", "年度配置", 0),
            ("/admin/directory", "组织目录", 0),
            ("/admin/calendar", "工作日历", 0),
            ("/admin/process", "流程图", 0),
        ]);
    }
    if matches!(user.role, Role::CityOfficer | Role::CityLeader) {
        items.insert(1, ("/overview", "年度总览", 0));
    }
    if user.role == Role::CityOfficer {
        items.push(("/exchange/province", "省级申报对接", 0));
    }
    items
}

/// A page's `<head>`: the portal's stylesheet, a phone's viewport, and the anti-forgery
/// token for pages that post (`guard.rs`).
pub fn head(title: &str, csrf: Option<&str>) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            @if let Some(token) = csrf { meta name="csrf-token" content=(token); }
            title { (title) }
            link rel="stylesheet" href="/static/portal.css";
        }
    }
}

/// A whole page: `active` is the nav href to highlight.
pub fn page(ctx: &Ctx, title: &str, active: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            (head(&format!("{title} - 郑州市质量标杆认定管理"), Some(&ctx.csrf)))
            body {
                header.top {
                    div.brand {
                        span.emblem { "郑" }
                        div {
                            div.sys { "郑州市质量标杆认定管理" }
                            div.sub { "郑州市工业和信息化局 · 协同办公平台（host-sim 模拟环境）" }
                        }
                    }
                    button type="button" class="menu-toggle" aria-expanded="false"
                        aria-controls="side-nav" { "菜单" }
                    div.user { (who(ctx)) }
                }
                div.frame {
                    nav.side #side-nav aria-label="主导航" {
                        ul {
                            @for (href, label, count) in nav(ctx) {
                                li {
                                    a href=(href) class=[(href == active).then_some("active")] {
                                        (label)
                                        @if count > 0 { span.count { (count) } }
                                    }
                                }
                            }
                        }
                        div.clock { "系统时间" br; (short_time(&ctx.now)) }
                    }
                    main.content {
                        div.crumb { "当前位置：" (title) }
                        (body)
                    }
                }
                script src="/static/portal.js" {}
            }
        }
    }
    .into_string()
}

/// Who is signed in, with the links to switch or leave; or the way in.
fn who(ctx: &Ctx) -> Markup {
    html! {
        @match &ctx.user {
            Some(u) => {
                span.who {
                    (u.name)
                    small { (u.org_name) " · " (role_label(crate::imports::role_code(u.role))) }
                }
                a.switch href="/login" { "切换用户" }
                a.switch href="/logout" { "退出" }
            }
            None => a.switch href="/login" { "登录" },
        }
    }
}
