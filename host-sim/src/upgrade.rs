//! Installing a plugin build into a running host (the portal's 模块管理, ADR 11): the
//! file is checked whole — a component, of this host's contract, importing nothing
//! ambient, compiling and linking against this host, answering its catalog — before
//! anything is stored; then the build is recorded in the caller's transaction and runs
//! from the next call on. The same checks as `host-sim install`, which stops the host.

use anyhow::Result;

use crate::params;
use crate::store::Db;

use crate::engine::Runtime;
use crate::engine::exports::zhengzhou::quality_benchmark::approval::ProcessCatalog;
use crate::module::{self, ModuleInfo};

/// The `settings` key naming the active build by its sha256.
pub const ACTIVE_MODULE_SETTING: &str = "active-module-sha256";

/// A build that passed every check, compiled and ready to run.
pub struct Candidate {
    pub(crate) runtime: Runtime,
    /// Actions of the new build's process that the running one lacks, by label.
    pub added_actions: Vec<String>,
    /// Actions of the running build's process the new one no longer has, by label.
    pub removed_actions: Vec<String>,
    /// Why it may not be installed although it is a sound build, if it may not.
    pub obstacle: Option<Obstacle>,
}

impl Candidate {
    /// What the file says about itself, as the compiled build holds it.
    pub fn info(&self) -> &ModuleInfo {
        &self.runtime.info
    }
}

/// A sound build that installing would not upgrade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Obstacle {
    /// It is the build that runs now.
    AlreadyRunning,
    /// Installed before (at this instant, RFC 3339) and since replaced: going back
    /// could leave cases written by the newer build unreadable, so the portal does not
    /// do it (the CLI can, knowingly).
    Superseded { installed_at: String },
}

/// Check `bytes` as a build to replace `running`: refused with a reason a person can
/// read when it is not a plugin this host can run.
pub fn check(conn: &Db, running: &Runtime, bytes: &[u8]) -> std::result::Result<Candidate, String> {
    // Said in the words of the contract check before the compiler has its say.
    module::check_compatible(&module::inspect(bytes).map_err(|e| format!("{e:#}"))?)
        .map_err(|e| format!("{e:#}"))?;
    let runtime = Runtime::load(bytes, running.limits())
        .map_err(|e| format!("插件无法在本主机上加载：{}", e.root_cause()))?;
    let sha256 = &runtime.info.sha256;
    let obstacle = if *sha256 == running.info.sha256 {
        Some(Obstacle::AlreadyRunning)
    } else {
        installed_at(conn, sha256)
            .map_err(|e| format!("读取安装记录失败：{e:#}"))?
            .map(|installed_at| Obstacle::Superseded { installed_at })
    };
    let (added_actions, removed_actions) = action_change(&running.catalog, &runtime.catalog);
    Ok(Candidate {
        runtime,
        added_actions,
        removed_actions,
        obstacle,
    })
}

/// When a build with this digest was last installed, if ever.
pub fn installed_at(conn: &Db, sha256: &str) -> Result<Option<String>> {
    Ok(conn.query_opt(
        "SELECT installed_at FROM modules WHERE sha256 = ?1 ORDER BY id DESC LIMIT 1",
        params![sha256],
        |r| r.get(0),
    )?)
}

/// The actions one catalog has and the other lacks, both ways, by label.
fn action_change(old: &ProcessCatalog, new: &ProcessCatalog) -> (Vec<String>, Vec<String>) {
    let missing_from = |from: &ProcessCatalog, of: &ProcessCatalog| -> Vec<String> {
        of.actions
            .iter()
            .filter(|a| !from.actions.iter().any(|b| b.action == a.action))
            .map(|a| a.label.clone())
            .collect()
    };
    (missing_from(old, new), missing_from(new, old))
}

/// Record `info` as the active build, in the caller's transaction: the earlier rows are
/// kept, marked 已停用, so that the install history stays whole.
pub fn record_active(conn: &Db, bytes: &[u8], info: &ModuleInfo, installed_at: &str) -> Result<()> {
    conn.execute("UPDATE modules SET active = 0 WHERE active = 1", params![])?;
    conn.execute(
        "INSERT INTO modules (sha256, contract, size, component, installed_at, active) VALUES (?1, ?2, ?3, ?4, ?5, 1)",
        params![
            info.sha256,
            info.contract.clone().unwrap_or_default(),
            info.size as i64,
            bytes,
            installed_at
        ],
    )?;
    crate::db::set_setting(conn, ACTIVE_MODULE_SETTING, &info.sha256)?;
    Ok(())
}

/// The active build's bytes as the database holds them.
pub fn active_component(conn: &Db) -> Result<Option<Vec<u8>>> {
    Ok(conn.query_opt(
        "SELECT component FROM modules WHERE active = 1 ORDER BY id DESC LIMIT 1",
        params![],
        |r| r.get(0),
    )?)
}
