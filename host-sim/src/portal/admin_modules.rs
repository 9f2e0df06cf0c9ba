//! 上传插件 on the administrator's 模块管理 page: a new build checked (检查) or installed
//! (安装或升级) from the browser, with `upgrade.rs`'s checks — the same as
//! `host-sim install` — and without stopping the host. An install is kept with its
//! record in the 管理操作记录, or not at all; every case, task and record stays, and the
//! next call runs the new build.

use maud::{Markup, html};

use super::html::date_cn;
use super::http::{Req, Resp, percent_encode};
use super::layout::{self, Ctx};
use super::{Page, Portal, signed_in};
use crate::module;
use crate::upgrade::{Candidate, Obstacle};

const PATH: &str = "/admin/modules";

/// The 模块管理 page's body: the upload form above what is installed.
pub fn body(p: &mut Portal) -> Result<Markup, Resp> {
    let installed = super::admin::modules(p)?;
    Ok(html! { (form()) (installed) })
}

/// The upload form.
fn form() -> Markup {
    html! {
        section.card {
            h2.card-title { "上传插件" }
            div.card-body {
                p {
                    "选择插件构建文件（.wasm）。「检查」只读取并试加载，不作任何更改；「安装或升级」在检查通过后立即生效："
                    "已有的事项、待办、流转记录和通知全部保留，下一次办理即由新版本处理，并记入管理操作记录。"
                }
                form.admin-form method="post" action=(PATH) enctype="multipart/form-data" {
                    div.field {
                        label.label for="m-plugin" { "插件文件" }
                        div.control {
                            input #m-plugin type="file" name="plugin" accept=".wasm,application/wasm"
                                required aria-required="true" aria-describedby="h-plugin";
                        }
                        div.help #h-plugin {
                            "契约须为 " code { (module::CONTRACT_PACKAGE) "@" (module::CONTRACT_VERSION) }
                            " 的兼容版本；不得导入文件、网络、时钟或随机数能力。"
                        }
                    }
                    div.submit-bar {
                        button.btn.normal type="submit" name="intent" value="check" { "检查" }
                        button.btn.primary type="submit" name="intent" value="install" { "安装或升级" }
                    }
                }
            }
        }
    }
}

/// What the administrator asked of the file.
#[derive(Clone, Copy, PartialEq)]
enum Intent {
    Check,
    Install,
}

/// `POST /admin/modules` (administrators only; the caller checked): check the file, and
/// install it if asked and nothing stands in the way.
pub fn post(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let admin = signed_in(ctx)?.clone();
    let intent = match req.multipart_file("intent") {
        Some(b"install") => Intent::Install,
        _ => Intent::Check,
    };
    let bytes = match req.multipart_file("plugin") {
        Some(b) if !b.is_empty() => b,
        _ => {
            return Ok(page_with(
                p,
                ctx,
                422,
                verdict_refused("请选择插件文件（.wasm）"),
            ));
        }
    };
    let candidate = match p.sim.check_module(bytes) {
        Ok(c) => c,
        Err(reason) => return Ok(page_with(p, ctx, 422, verdict_refused(&reason))),
    };
    if let Some(obstacle) = &candidate.obstacle {
        let status = if intent == Intent::Install { 409 } else { 200 };
        let shown = report(&candidate, Some(&why_not(obstacle)));
        return Ok(page_with(p, ctx, status, shown));
    }
    if intent == Intent::Check {
        let shown = report(&candidate, None);
        return Ok(page_with(p, ctx, 200, shown));
    }
    let done = installed(p, &admin, candidate, bytes)?;
    Ok(Resp::redirect(&format!(
        "{PATH}?msg={}",
        percent_encode(&done)
    )))
}

/// Install `candidate` with its record, in a savepoint of the request's transaction.
fn installed(
    p: &mut Portal,
    admin: &crate::contract::Actor,
    candidate: Candidate,
    bytes: &[u8],
) -> Result<String, Resp> {
    let before = p.sim.module().clone();
    let contract = candidate.info().contract.clone().unwrap_or_default();
    let change = format!("升级插件至契约 {contract} 的新构建");
    let detail = format!(
        "新构建 {} 字节，sha256 {}；原构建 sha256 {}；新增动作：{}；移除动作：{}",
        candidate.info().size,
        candidate.info().sha256,
        before.sha256,
        listed(&candidate.added_actions),
        listed(&candidate.removed_actions),
    );
    let cases = p
        .sim
        .count("SELECT COUNT(*) FROM cases")
        .map_err(Resp::from)?;
    super::admin_change::recorded(p, admin, &change, &detail, |sim| {
        sim.install_module(candidate, bytes)
    })?;
    Ok(format!(
        "已安装新构建（契约 {contract}），已有 {cases} 个事项及其全部记录均保留，下一次办理即由新版本处理。"
    ))
}

/// Why a sound build is not installed, in the administrator's words.
fn why_not(obstacle: &Obstacle) -> String {
    match obstacle {
        Obstacle::AlreadyRunning => "该插件就是当前运行的版本，无需安装".to_string(),
        Obstacle::Superseded { installed_at } => format!(
            "该插件曾于{}安装，之后已被新版本替换；回退旧版本可能无法读取新版本写入的数据，网页上不予安装。确需回退，请先备份数据库，再用命令行 host-sim install 安装",
            date_cn(installed_at)
        ),
    }
}

fn listed(labels: &[String]) -> String {
    if labels.is_empty() {
        "无".to_string()
    } else {
        labels.join("、")
    }
}

/// A file that is not a plugin this host can run: why, and that nothing changed.
fn verdict_refused(reason: &str) -> Markup {
    html! {
        div.alert.error role="alert" { "不能安装：" (reason) "。未作任何更改。" }
    }
}

/// What the check found in a sound build, and whether it may be installed.
fn report(c: &Candidate, obstacle: Option<&str>) -> Markup {
    let list = |items: &[String]| {
        html! {
            ul.plain { @for i in items { li { code { (i) } } } }
        }
    };
    html! {
        @match obstacle {
            Some(why) => div.alert.warn role="alert" { "不予安装：" (why) }
            None => div.alert.success role="status" {
                "检查通过：可以安装。尚未作任何更改，确认后请选择同一文件并点击「安装或升级」。"
            }
        }
        section.card {
            h2.card-title { "检查结果" }
            div.card-body {
                table.record {
                    tr { th { "契约版本" } td { code { (module::CONTRACT_PACKAGE) "@" (c.info().contract.as_deref().unwrap_or("?")) } " " span.badge.ok { "兼容" } } }
                    tr { th { "加载" } td { "已在本主机上编译并读取流程目录：" (c.runtime.catalog.stages.len()) " 个阶段，" (c.runtime.catalog.actions.len()) " 个动作" } }
                    tr { th { "大小" } td { (c.info().size) " 字节" } }
                    tr { th { "sha256" } td { code { (c.info().sha256) } } }
                    tr { th { "新增动作" } td { (listed(&c.added_actions)) } }
                    tr { th { "移除动作" } td { (listed(&c.removed_actions)) } }
                    tr { th { "导出接口" } td { (list(&c.info().exports)) } }
                    tr { th { "导入接口" } td { (list(&c.info().imports)) } }
                }
            }
        }
    }
}

/// The 模块管理 page with `shown` above it; nothing was changed.
fn page_with(p: &mut Portal, ctx: &Ctx, status: u16, shown: Markup) -> Resp {
    let body = match body(p) {
        Ok(body) => body,
        Err(resp) => return resp,
    };
    let page = html! { (shown) (body) };
    let mut resp = Resp::html(layout::page(ctx, "模块管理", PATH, page));
    resp.status = status;
    resp
}
