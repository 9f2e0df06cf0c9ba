//! The regulation's paper from a case, as downloads on its page: an application's 附件1
//! 申报表 and 附件2 总结材料, a year's 公示, 认定名单 and expert ranking. Each is made by
//! `documents::from_case` — the code of `host-sim export documents` — as the person
//! asking, from what the plugin's `view` shows that person (H4), so a document can carry
//! nothing the person could not read on the page; a link is shown only when its
//! document exists at this stage and is the person's to have, and every download checks
//! again on the server.

use maud::{Markup, html};

use super::html::card;
use super::http::{Resp, percent_encode};
use super::layout::Ctx;
use super::queries;
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::contract::RefusalKind;
use crate::contract_approval::CaseView;
use crate::documents::{self, DocumentError, from_case};

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The documents, by the name they have in the download address.
const APPLICATION_FORM: &str = "申报表.docx";
const MATERIALS: &str = "总结材料.docx";
const NOTICE: &str = "拟认定名单公示.docx";
const LIST: &str = "认定名单.docx";
const RANKING: &str = "专家评审排名.xlsx";

/// The case's kind (as the host files it) and year, or 404.
fn kind_and_year(p: &Portal, case: &str) -> Result<(String, u16), Resp> {
    let found = queries::case_kind_and_year(p.sim.connection(), case)?;
    found
        .and_then(|(kind, year)| Some((kind, u16::try_from(year).ok()?)))
        .ok_or_else(|| Resp::status(404, "事项不存在"))
}

/// The documents `user` may download from this case now, as (name, label).
fn available(
    p: &mut Portal,
    user: &str,
    case: &str,
    view: &CaseView,
) -> Result<Vec<(&'static str, &'static str)>, Resp> {
    let (kind, year) = kind_and_year(p, case)?;
    let mut out = Vec::new();
    match kind.as_str() {
        "application" => {
            let files = from_case::application_files(view);
            if files.form {
                out.push((APPLICATION_FORM, "附件1 质量标杆申报表（Word）"));
            }
            if files.materials {
                out.push((MATERIALS, "附件2 总结材料（Word）"));
            }
        }
        "batch" => {
            // A page must still show if the documents cannot be worked out; the
            // operator log says why.
            let files = from_case::batch_files(&mut p.sim, user, year).unwrap_or_else(|e| {
                tracing::error!("文档可用性查询失败：{e:#}");
                from_case::BatchFiles::default()
            });
            if files.notice {
                out.push((NOTICE, "拟认定名单公示（Word）"));
            }
            if files.list {
                out.push((LIST, "认定名单（Word）"));
            }
            if files.ranking {
                out.push((RANKING, "专家评审排名（Excel）"));
            }
        }
        _ => {}
    }
    Ok(out)
}

/// The 文档下载 card of a case page, or nothing when there is nothing to download.
pub fn links(p: &mut Portal, user: &str, case: &str, view: &CaseView) -> Result<Markup, Resp> {
    let docs = available(p, user, case, view)?;
    if docs.is_empty() {
        return Ok(html! {});
    }
    Ok(card(
        "文档下载",
        html! {
            ul.downloads {
                @for (name, label) in &docs {
                    li {
                        a href={ "/case/" (percent_encode(case)) "/documents/" (percent_encode(name)) }
                            download { (label) }
                    }
                }
            }
        },
    ))
}

/// `GET /case/{id}/documents/{name}`: the document, made for and checked against the
/// person asking; 403 when it is not theirs to have (or does not exist yet).
pub fn download(p: &mut Portal, ctx: &Ctx, case: &str, name: &str) -> Page {
    let user = signed_in(ctx)?.user_id.clone();
    let view = p.sim.view(&user, case)?;
    if !available(p, &user, case, &view)?
        .iter()
        .any(|(n, _)| *n == name)
    {
        return Err(match name {
            APPLICATION_FORM | MATERIALS | NOTICE | LIST | RANKING => {
                Resp::status(403, "您无权下载该文档，或该文档在当前阶段尚未形成")
            }
            _ => Resp::status(404, "文档不存在"),
        });
    }
    let (_, year) = kind_and_year(p, case)?;
    let made = |r: Result<Vec<u8>, DocumentError>| {
        r.map_err(|e| {
            tracing::error!("{e}");
            Resp::status(500, &e.to_string())
        })
    };
    let (bytes, file, media) = match name {
        APPLICATION_FORM | MATERIALS => {
            let (form, materials) =
                from_case::application_documents(&mut p.sim, &user, case).map_err(unavailable)?;
            let enterprise = form.enterprise_name.clone();
            if name == APPLICATION_FORM {
                let bytes = made(documents::application_form_docx(&form))?;
                (bytes, format!("{enterprise}申报表.docx"), DOCX)
            } else {
                let bytes = made(documents::summary_materials_docx(&materials))?;
                (bytes, format!("{enterprise}总结材料.docx"), DOCX)
            }
        }
        RANKING => {
            let ranking =
                from_case::expert_ranking(&mut p.sim, &user, year).map_err(unavailable)?;
            let bytes = made(documents::expert_ranking_xlsx(&ranking))?;
            (bytes, format!("{year}年度专家评审排名.xlsx"), XLSX)
        }
        _ => {
            let docs =
                from_case::batch_documents(&mut p.sim, &user, year, &from_case::Contacts::bureau())
                    .map_err(unavailable)?;
            let bytes = match (name, &docs.list) {
                (LIST, Some(list)) => made(documents::recognition_list_docx(list))?,
                (LIST, None) => return Err(Resp::status(403, "本年度认定名单尚未公布")),
                _ => made(documents::publicity_notice_docx(&docs.notice))?,
            };
            (bytes, format!("{year}年度{name}"), DOCX)
        }
    };
    Ok(Resp::download(media, &file, bytes))
}

/// A document or export that could not be made, as the person reads it: the plugin's
/// refusal with its status (403 when the round is not all theirs to see), a reason the
/// library gave in Chinese (e.g. 「2026年度尚未择优推荐申报省级质量标杆」) as 409, and
/// anything else as the host's apology, with the details in the operator log.
pub fn unavailable(e: anyhow::Error) -> Resp {
    let refused = match e.chain().find_map(|c| c.downcast_ref::<CallError>()) {
        Some(CallError::Refused(r)) if r.kind != RefusalKind::HostFault => {
            Some(Some((super::api::status_of(r.kind), r.message.clone())))
        }
        Some(_) => Some(None),
        None => None,
    };
    match refused {
        Some(Some((status, message))) => Resp::status(status, &message),
        Some(None) => Resp::from(e),
        // A bare database error says nothing a person can act on.
        None if e.chain().count() == 1 && e.is::<crate::store::StoreError>() => Resp::from(e),
        None => {
            tracing::info!("文档未生成：{e:#}");
            Resp::status(409, &e.to_string())
        }
    }
}
