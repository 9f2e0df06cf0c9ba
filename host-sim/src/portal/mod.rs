//! The web portal of host-sim, standing in for the city's OA: simulated single sign-on,
//! 待办/已办/抄送/通知, case and task pages that render the plugin's forms and actions
//! generically, the enterprise's applications, the public 公示 page and administrator
//! pages, the BPMN process, the provincial exchange, the documents of a case and its
//! 申报表 to print (`documents.rs`, `exchange.rs`, `print.rs`); beside them `/api/v1`, the same host as a JSON API (`json_api.rs`,
//! docs/openapi.yaml). Reader threads take requests off the sockets; one thread owns
//! the `Sim` and answers what is waiting as one group commit (ADR 8).

mod admin;
mod admin_calendar;
mod admin_change;
mod admin_modules;
mod api;
mod assets;
mod case;
mod chart;
mod documents;
mod exchange;
mod form;
mod guard;
mod html;
mod http;
mod idempotency;
mod json_api;
mod layout;
pub use layout::role_label;
mod lists;
mod overview;
mod print;
mod public;
mod queries;
mod ranking;
mod request;
mod signin;

use anyhow::{Result, anyhow};
use std::io::Write;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::foresight::{self, Ask};
use crate::{CallError, Sim};
use http::{CSRF_COOKIE, Method, Req, Resp};
use layout::Ctx;

/// The portal's state: the simulator it drives.
pub struct Portal {
    pub sim: Sim,
}

/// Serve on `listen` (e.g. `127.0.0.1:8080`; port 0 picks a free one) until killed.
/// `on_ready` gets the bound address before the first request is accepted.
///
/// `WORKERS` threads read requests (a slow client holds one of them, never the
/// store) and hand them to this thread, which owns the `Sim` (one SQLite connection,
/// one plugin runtime, not `Sync`). It takes every request waiting, up to `MAX_GROUP`,
/// runs them as one group commit — each plugin call in its own savepoint, one fsync for
/// all — and answers them only once the commit is durable (ADR 8).
pub fn serve(
    sim: Sim,
    listen: &str,
    allow_hosts: Vec<String>,
    on_ready: impl FnOnce(&str),
) -> Result<()> {
    let server =
        tiny_http::Server::http(listen).map_err(|e| anyhow!("无法在 {listen} 上监听：{e}"))?;
    let addr = server
        .server_addr()
        .to_ip()
        .map(|a| a.to_string())
        .unwrap_or_else(|| listen.to_string());
    let mut portal = Portal { sim };
    // A second core decides the waiting posts ahead of the store thread (ADR 14).
    if let Err(e) = portal.sim.decide_ahead() {
        tracing::warn!("无法启动预先决定线程，所有决定由存储线程完成：{e:#}");
    }
    // H7: a host that was down fires the overdue timers, in order, when it starts.
    portal.fire_due_timers();
    let server = std::sync::Arc::new(server);
    let hosts = std::sync::Arc::new(guard::Hosts::new(&addr, &allow_hosts));
    let (queue, jobs) = mpsc::sync_channel::<Job>(QUEUE);
    for _ in 0..WORKERS {
        let (server, queue, hosts) = (server.clone(), queue.clone(), hosts.clone());
        std::thread::spawn(move || read_requests(&server, &queue, &hosts));
    }
    drop(queue);
    on_ready(&addr);
    let _ = std::io::stdout().flush();
    let mut checked = Instant::now();
    let mut expired = Instant::now();
    // Requests taken while the group before them was committing (`serve_in_one_commit`).
    let mut carried = Vec::new();
    loop {
        let mut group = std::mem::take(&mut carried);
        if group.is_empty() {
            match jobs.recv_timeout(TIMER_POLL) {
                Ok(job) => group.push(job),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(anyhow!("请求线程已全部退出"));
                }
            }
        }
        take_waiting(&jobs, &mut group);
        if !group.is_empty() {
            carried = portal.serve_group(group, &jobs);
        }
        // H7: every timer the plugin set is fired by the host, promptly, without anyone
        // visiting a page — the end of 公示, due-date reminders, batch steps in chunks.
        if checked.elapsed() >= TIMER_POLL {
            portal.fire_due_timers();
            checked = Instant::now();
        }
        if expired.elapsed() >= EXPIRY_POLL {
            portal.expire_idempotency_keys();
            expired = Instant::now();
        }
    }
}

/// Add the requests waiting to `group`, up to `MAX_GROUP` in all.
fn take_waiting(jobs: &mpsc::Receiver<Job>, group: &mut Vec<Job>) {
    while group.len() < MAX_GROUP {
        match jobs.try_recv() {
            Ok(job) => group.push(job),
            Err(_) => break,
        }
    }
}

/// Threads reading requests off the sockets.
const WORKERS: usize = 8;
/// Requests read and waiting for the store; a full queue holds the readers back.
const QUEUE: usize = 256;
/// The most requests one commit answers.
const MAX_GROUP: usize = 64;

/// A request read whole, and where its answer goes.
struct Job {
    req: Req,
    reply: mpsc::Sender<Resp>,
    /// Its plugin call was asked for ahead while the group before it committed.
    asked_ahead: bool,
}

/// A reader thread: read a request whole, queue it for the store, send the answer.
fn read_requests(server: &tiny_http::Server, queue: &mpsc::SyncSender<Job>, hosts: &guard::Hosts) {
    while let Ok(mut request) = server.recv() {
        let resp = match Req::from_tiny(&mut request).and_then(|req| {
            guard::check(&req, hosts)?;
            Ok(req)
        }) {
            Ok(req) => {
                let (reply, answer) = mpsc::channel();
                let job = Job {
                    req,
                    reply,
                    asked_ahead: false,
                };
                if queue.send(job).is_err() {
                    return;
                }
                answer.recv().unwrap_or_else(|_| unavailable(request.url()))
            }
            // A request refused before routing (too large, bad encoding) under /api
            // still answers in the API's error shape.
            Err(resp) => in_shape_of(request.url(), resp),
        };
        // A client that went away is not the server's problem.
        let _ = request.respond(resp.into_tiny());
    }
}

/// The answer to a request whose group could not be made durable: nothing of it was kept.
fn unavailable(url: &str) -> Resp {
    in_shape_of(
        url,
        Resp::status(503, "系统暂时无法完成，未作任何更改，请稍后重试"),
    )
}

/// A plain error as the door at `path` answers: the API's JSON error shape under /api.
fn in_shape_of(path: &str, resp: Resp) -> Resp {
    if path.starts_with("/api/") {
        api::as_json_error(resp)
    } else {
        resp
    }
}

/// Fault injection for the retry test (`tests/idempotency.rs`): with
/// `HOST_SIM_FAULT_EXIT_AFTER_COMMIT=<key>`, the process dies right after committing a
/// group that holds a request with that idempotency key, before answering anyone — as a
/// crash between commit and reply would. Never set in operation.
fn die_after_commit_if_asked(answered: &[(Job, Resp)]) {
    static KEY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let key = KEY.get_or_init(|| std::env::var("HOST_SIM_FAULT_EXIT_AFTER_COMMIT").ok());
    if let Some(key) = key
        && answered
            .iter()
            .any(|(job, _)| job.req.idempotency_key.as_deref() == Some(key.as_str()))
    {
        std::process::abort();
    }
}

/// How often the portal looks for due timers.
const TIMER_POLL: Duration = Duration::from_millis(500);
/// How often it forgets expired idempotency keys.
const EXPIRY_POLL: Duration = Duration::from_secs(60);

/// A page or handler result; `Err` is already a response (400, 403, 404 …).
type Page = Result<Resp, Resp>;

// People get an apology without internals; the details go to the operator log.
impl From<anyhow::Error> for Resp {
    fn from(e: anyhow::Error) -> Resp {
        tracing::error!("host error: {e:#}");
        Resp::status(500, "系统暂时无法完成，请稍后重试；如仍有问题请联系管理员")
    }
}

impl From<crate::store::StoreError> for Resp {
    fn from(e: crate::store::StoreError) -> Resp {
        tracing::error!("database error: {e}");
        Resp::status(500, "系统暂时无法完成，请稍后重试；如仍有问题请联系管理员")
    }
}

impl From<CallError> for Resp {
    fn from(e: CallError) -> Resp {
        match e {
            CallError::Refused(r) if r.kind == crate::contract::RefusalKind::HostFault => {
                tracing::error!(code = %r.code, "host fault: {}", r.message);
                Resp::status(503, "系统暂时无法完成，请稍后重试；如仍有问题请联系管理员")
            }
            // H12: the status follows the refusal's kind; the message is for the person.
            CallError::Refused(r) => Resp::status(api::status_of(r.kind), &r.message),
            CallError::Trap(e) => {
                tracing::error!("plugin trapped: {e:#}");
                Resp::status(500, "插件异常终止，未作任何更改，请稍后重试")
            }
            CallError::Host(e) => {
                tracing::error!("host error: {e:#}");
                Resp::status(500, "系统暂时无法完成，未作任何更改，请稍后重试")
            }
        }
    }
}

impl Portal {
    /// Answer a group of requests with one durable commit: each is handled in the
    /// group's transaction (every plugin call in its own savepoint), and none is
    /// answered before the commit returns; if it fails, none of them took effect.
    ///
    /// Returns the requests that came while the posts were handled, taken before their
    /// commit so that the decider makes theirs meanwhile (ADR 14): the next group.
    fn serve_group(&mut self, group: Vec<Job>, waiting: &mpsc::Receiver<Job>) -> Vec<Job> {
        // Only a post decides anything. The reads waiting are answered first, in a
        // transaction of their own that takes no writer lock, so on PostgreSQL they run
        // while other nodes decide; then the posts, holding it (ADR 13). Requests that
        // wait together are concurrent: no order among them is promised.
        let (reads, posts): (Vec<Job>, Vec<Job>) =
            group.into_iter().partition(|j| j.req.method == Method::Get);
        let mut next = Vec::new();
        if !reads.is_empty() {
            self.serve_in_one_commit(reads, None);
        }
        if !posts.is_empty() {
            self.serve_in_one_commit(posts, Some((waiting, &mut next)));
        }
        next
    }

    /// Answer `group` with one commit: see `serve_group`. A group that writes takes,
    /// before its commit, the requests `waiting` into `next` and asks for their calls
    /// ahead.
    fn serve_in_one_commit(
        &mut self,
        group: Vec<Job>,
        next: Option<(&mpsc::Receiver<Job>, &mut Vec<Job>)>,
    ) {
        let writes = next.is_some();
        let begun = if writes {
            self.sim.begin_group()
        } else {
            self.sim.begin_reading_group()
        };
        if let Err(e) = begun {
            tracing::error!("无法开始事务：{e:#}");
            for job in group {
                let _ = job.reply.send(unavailable(&job.req.path()));
            }
            return;
        }
        let ahead = self.sim.foresight();
        if writes {
            for job in group.iter().filter(|j| !j.asked_ahead) {
                self.foresee(&job.req, false);
            }
        }
        let answered: Vec<(Job, Resp)> = group
            .into_iter()
            .map(|job| {
                let resp = self.handle_once(&job.req);
                (job, resp)
            })
            .collect();
        // Made from a snapshot without this group's writes, the next group's calls are
        // kept only where they read nothing it wrote — other people's, on other cases.
        if let Some((waiting, next)) = next {
            take_waiting(waiting, next);
            for job in next.iter_mut() {
                self.foresee(&job.req, true);
                job.asked_ahead = true;
            }
            if !next.is_empty() {
                tracing::debug!(
                    waiting = next.len(),
                    "提交前已取得下一组请求 {} 项",
                    next.len()
                );
            }
        }
        let committed = self.sim.commit_group();
        if let Err(e) = &committed {
            tracing::error!(
                requests = answered.len(),
                "提交失败，本组请求均未生效：{e:#}"
            );
        } else {
            let now = self.sim.foresight();
            let (kept, again) = (now.kept - ahead.kept, now.stale - ahead.stale);
            let unused = now.missed - ahead.missed;
            if kept + again + unused > 0 {
                tracing::debug!(
                    kept,
                    again,
                    unused,
                    "预先决定：本组保留 {kept} 项，重新决定 {again} 项，未取用 {unused} 项"
                );
            }
            die_after_commit_if_asked(&answered);
        }
        for (job, resp) in answered {
            let resp = match &committed {
                Ok(()) => resp,
                Err(_) => unavailable(&job.req.path()),
            };
            // A reader whose client went away has nobody to tell.
            let _ = job.reply.send(resp);
        }
    }

    /// Ask for a post's plugin call to be made ahead, while the requests before it in
    /// the group are handled (ADR 14): a decision posted to `/api/act` or `/api/v1/act`,
    /// a seal asked of `/api/seal` or `/api/v1/seals`, an upload's permit at
    /// `/api/attachments` or `/api/v1/attachments`. Only a hint: the request is then
    /// handled like any other — signed-in user, anti-forgery token, idempotency key —
    /// and what was decided ahead is kept only if everything it read still holds.
    /// `for_next`: the request waits for the group after the open one.
    fn foresee(&mut self, req: &Req, for_next: bool) {
        let Some(user) = req
            .cookie_user
            .as_deref()
            .filter(|_| req.method == Method::Post)
        else {
            return;
        };
        let path: Vec<&str> = req.segments.iter().map(String::as_str).collect();
        let (content_type, body) = (req.content_type.clone(), req.body.clone());
        let make: foresight::MakeAsk = match path[..] {
            ["api", "act"] | ["api", "v1", "act"] => Box::new(move || {
                let body = http::json_of(&content_type, &body).ok()?;
                Ask::act(request::request_of(&body).ok()?)
            }),
            ["api", "seal"] | ["api", "v1", "seals"] => Box::new(move || {
                let body = http::json_of(&content_type, &body).ok()?;
                let asked = request::seal_request_of(&body, |_, m| request::bad(m)).ok()?;
                Ask::seal(asked.case_id, asked.action, asked.field, asked.values)
            }),
            ["api", "attachments"] | ["api", "v1", "attachments"] => {
                match api::upload_request_of(req) {
                    Ok(Ok(upload)) => Box::new(move || Some(Ask::PermitUpload(upload))),
                    _ => return,
                }
            }
            _ => return,
        };
        if for_next {
            self.sim.foresee_next(user, make);
        } else {
            self.sim.foresee(user, make);
        }
    }

    /// Handle a request, at most once per idempotency key (`idempotency.rs`): a retry
    /// with the key of a request already answered gets that answer and runs nothing.
    /// The answer is remembered in the transaction that holds the request's effects.
    fn handle_once(&mut self, req: &Req) -> Resp {
        let (Some(key), Some(user), Method::Post) = (
            req.idempotency_key.as_deref(),
            req.cookie_user.as_deref(),
            req.method,
        ) else {
            return self.handle(req);
        };
        let digest = idempotency::request_digest(req);
        let now = match self.sim.now() {
            Ok(now) => now,
            Err(e) => return in_shape_of(&req.path(), e.into()),
        };
        let conn = self.sim.connection();
        match idempotency::recall(conn, user, key, &digest, &now) {
            Ok(Some(Ok(first))) => return first,
            Ok(Some(Err(()))) => {
                let message = "此 Idempotency-Key 已用于另一项不同的请求，请为新的请求使用新的键";
                return if req.path().starts_with("/api/") {
                    api::error_json(422, "invalid", "idempotency-key-reused", message)
                } else {
                    Resp::status(422, message)
                };
            }
            Ok(None) => {}
            Err(e) => return in_shape_of(&req.path(), e.into()),
        }
        // The request's effects and its remembered answer stand or fall together.
        if let Err(e) = self.sim.connection().savepoint("request") {
            return in_shape_of(&req.path(), e.into());
        }
        let resp = self.handle(req);
        // A host failure kept nothing: its retry must run again, so it is not remembered.
        let kept = if resp.status < 500 {
            let conn = self.sim.connection();
            idempotency::remember(conn, user, key, &digest, &resp, &now)
        } else {
            Ok(())
        };
        let conn = self.sim.connection();
        let ended = match kept {
            Ok(()) => conn.release("request"),
            Err(_) => conn.rollback_to("request"),
        };
        match (kept, ended) {
            (Ok(()), Ok(())) => resp,
            (Err(e), _) => in_shape_of(&req.path(), e.into()),
            (_, Err(e)) => in_shape_of(&req.path(), e.into()),
        }
    }

    /// Forget idempotency answers past their time; the operator sees a failure.
    fn expire_idempotency_keys(&mut self) {
        let expired = self
            .sim
            .now()
            .and_then(|now| idempotency::expire(self.sim.connection(), &now));
        match expired {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "已清除过期的幂等键"),
            Err(e) => tracing::error!("清除过期幂等键失败：{e:#}"),
        }
    }

    /// Fire every due timer; a failure is the operator's to see, the portal goes on.
    pub fn fire_due_timers(&mut self) {
        match self.sim.run_due_timers() {
            Ok(0) => {}
            Ok(n) => tracing::info!(fired = n, "已执行到期定时事项"),
            Err(e) => tracing::error!("执行定时事项失败：{e}"),
        }
    }

    fn ctx(&self, req: &Req) -> Ctx {
        let conn = self.sim.connection();
        let user = req
            .cookie_user
            .as_deref()
            .and_then(|u| self.sim.actor(u).ok());
        // The counts are for the pages' navigation; an API answer is JSON without it, and
        // counting on the store thread for every API post would be wasted.
        let page = req.segments.first().is_none_or(|s| s != "api");
        let counted = |what: &str, n: anyhow::Result<i64>| {
            n.inspect_err(|e| tracing::warn!(error = %e, "portal: counting {what} failed"))
                .ok()
        };
        let (todo, unread) = match user.as_ref().filter(|_| page) {
            Some(u) => (
                counted("open tasks", queries::open_task_count(conn, u)),
                counted("unread messages", queries::unread_count(conn, u)),
            ),
            None => (None, None),
        };
        // A fresh token only for a page, which carries it in its forms: an API answer is
        // JSON and has nowhere to put one (and reading the system's randomness for every
        // API request was a file opened on the store thread each time).
        let (csrf, csrf_is_new) = match guard::cookie_token(req) {
            Some(t) => (t.to_string(), false),
            None if page => (guard::new_token(), true),
            None => (String::new(), false),
        };
        Ctx {
            user,
            now: self.sim.now().unwrap_or_default(),
            todo,
            unread,
            csrf,
            csrf_is_new,
        }
    }

    /// Route a request; errors on pages are shown inside the layout. Every page carries
    /// the browser's anti-forgery token in each of its post forms (`guard.rs`), and a
    /// browser without one gets it as a cookie.
    pub fn handle(&mut self, req: &Req) -> Resp {
        let ctx = self.ctx(req);
        let mut resp = self.answer(&ctx, req);
        if resp.content_type.starts_with("text/html") {
            resp.body = html::with_csrf_field(&resp.body, &ctx.csrf);
            if ctx.csrf_is_new && !ctx.csrf.is_empty() {
                resp = resp.with_header(
                    "Set-Cookie",
                    format!(
                        "{CSRF_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict",
                        ctx.csrf
                    ),
                );
            }
        }
        resp
    }

    fn answer(&mut self, ctx: &Ctx, req: &Req) -> Resp {
        let api = req.segments.first().is_some_and(|s| s == "api");
        let resp = self.route(ctx, req).unwrap_or_else(|e| e);
        let plain = resp.content_type.starts_with("text/plain");
        if resp.status >= 400 && api && plain {
            // Under /api every answer is JSON in the one error shape, whatever failed.
            return api::as_json_error(resp);
        }
        if resp.status >= 400 && plain {
            let message = String::from_utf8_lossy(&resp.body).into_owned();
            let mut page = Resp::html(layout::page(
                ctx,
                "无法完成",
                "",
                html::card("无法完成", html::alert("error", &message)),
            ));
            page.status = resp.status;
            return page;
        }
        resp
    }

    fn route(&mut self, ctx: &Ctx, req: &Req) -> Page {
        let segs: Vec<&str> = req.segments.iter().map(String::as_str).collect();
        match (req.method, segs.as_slice()) {
            (Method::Get, ["static", name]) => assets::get(name),
            (Method::Get, []) => Ok(Resp::redirect(if ctx.user.is_some() {
                "/home"
            } else {
                "/login"
            })),
            (Method::Get, ["login"]) => signin::page(self, ctx),
            (Method::Post, ["login"]) => signin::post(self, req),
            (Method::Get, ["logout"]) => Ok(signin::logout()),
            (Method::Get, ["public"]) => public::page(self, ctx, req),
            (Method::Get, ["case", id]) => case::page(self, ctx, id, req.query("msg")),
            (Method::Get, ["case", id, "act", action]) => {
                case::action_page(self, ctx, Some(id), action)
            }
            (Method::Get, ["case", id, "documents", name]) => {
                documents::download(self, ctx, id, name)
            }
            (Method::Get, ["case", id, "print"]) => print::page(self, ctx, id),
            (Method::Get, ["start", action]) => case::action_page(self, ctx, None, action),
            (_, ["api", "v1", rest @ ..]) => json_api::route(self, ctx, req, rest),
            (Method::Get, ["attachments", id]) => api::download(self, ctx, id),
            (Method::Post, ["api", "act"]) => api::act(self, ctx, req),
            (Method::Post, ["api", "seal"]) => api::seal(self, ctx, req),
            (Method::Post, ["api", "attachments"]) => api::upload(self, ctx, req),
            (Method::Get, ["api", "clock"]) => api::clock(self, ctx),
            (Method::Post, ["api", "clock"]) => api::advance_clock(self, ctx, req),
            (Method::Get, ["home"]) => lists::home(self, ctx, req),
            (Method::Get, ["overview"]) => overview::page_of(self, ctx, req),
            (Method::Get, ["todo"]) => lists::todo(self, ctx, req),
            (Method::Get, ["done"]) => lists::done(self, ctx, req),
            (Method::Get, ["cc"]) => lists::notices(self, ctx, req, true),
            (Method::Get, ["notices"]) => lists::notices(self, ctx, req, false),
            (Method::Get, ["admin", "process.bpmn"]) => admin::bpmn_download(self, ctx),
            (Method::Get, ["exchange", "province"]) => exchange::page(self, ctx),
            (Method::Post, ["exchange", "province"]) => exchange::import(self, ctx, req),
            (Method::Get, ["exchange", "province", "export"]) => exchange::export(self, ctx, req),
            (Method::Get, ["admin", what]) => admin::page(self, ctx, what, req.query("msg")),
            (Method::Post, ["admin", "directory"]) => admin::directory_post(self, ctx, req),
            (Method::Post, ["admin", "calendar"]) => admin::calendar_post(self, ctx, req),
            (Method::Post, ["admin", "modules"]) => admin::modules_post(self, ctx, req),
            (Method::Get, _) => Err(Resp::status(404, "页面不存在")),
            _ => Err(Resp::status(405, "不支持的请求方法")),
        }
    }
}

/// The signed-in user, or a redirect to the sign-in page.
fn signed_in(ctx: &Ctx) -> Result<&crate::contract::Actor, Resp> {
    ctx.user.as_ref().ok_or_else(|| Resp::redirect("/login"))
}
