//! The host services the plugin imports, implemented on the SQLite transaction of the
//! current call. Everything a call queues (notifications) lives in `CallCtx` until the
//! call's outcome is committed with it.

use rusqlite::{Connection, OptionalExtension, params};
use std::sync::Arc;
use wasmtime::Result;
use wasmtime::StoreLimits;
use wasmtime_wasi::{ResourceTable, WasiCtx, WasiCtxView, WasiView};

use crate::calendar::Calendar;
use crate::engine::zhengzhou::quality_benchmark::{
    calendar as wit_calendar, case_store, clock, directory, log, notifications, random, registry,
    seals, types,
};
use types::{CaseKind, CaseSummary, Role, SealRef, StoredCase};

/// Store data of one plugin call.
pub struct CallCtx {
    /// The connection, inside the call's open transaction.
    pub conn: Connection,
    pub calendar: Arc<Calendar>,
    /// The call's single instant, so every read of the clock within a call agrees.
    pub now: String,
    pub notices: Vec<notifications::Notification>,
    pub limits: StoreLimits,
    wasi: WasiCtx,
    table: ResourceTable,
}

impl CallCtx {
    pub fn new(
        conn: Connection,
        calendar: Arc<Calendar>,
        now: String,
        limits: StoreLimits,
    ) -> Self {
        // Grants nothing: no args, env, preopens or network; stdio goes nowhere.
        let wasi = WasiCtx::builder().build();
        CallCtx {
            conn,
            calendar,
            now,
            notices: Vec::new(),
            limits,
            wasi,
            table: ResourceTable::new(),
        }
    }
}

impl WasiView for CallCtx {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// Stable role code, as stored in the directory.
pub fn role_code(role: Role) -> &'static str {
    match role {
        Role::Enterprise => "enterprise",
        Role::DistrictOffice => "district-office",
        Role::CityOfficer => "city-officer",
        Role::CityLeader => "city-leader",
        Role::Expert => "expert",
        Role::Public => "public",
        Role::Administrator => "administrator",
    }
}

pub fn role_from_code(code: &str) -> Option<Role> {
    [
        Role::Enterprise,
        Role::DistrictOffice,
        Role::CityOfficer,
        Role::CityLeader,
        Role::Expert,
        Role::Public,
        Role::Administrator,
    ]
    .into_iter()
    .find(|r| role_code(*r) == code)
}

pub fn kind_code(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::Batch => "batch",
        CaseKind::Application => "application",
    }
}

pub fn kind_from_code(code: &str) -> CaseKind {
    if code == "batch" {
        CaseKind::Batch
    } else {
        CaseKind::Application
    }
}

const SUMMARY_COLUMNS: &str = "id, kind, year, stage, stage_label, district, owner, title, score";

pub fn summary_from_row(r: &rusqlite::Row) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        id: r.get(0)?,
        kind: kind_from_code(&r.get::<_, String>(1)?),
        year: r.get(2)?,
        stage: r.get(3)?,
        stage_label: r.get(4)?,
        district: r.get(5)?,
        owner: r.get(6)?,
        title: r.get(7)?,
        score: r.get(8)?,
    })
}

/// One stored case, read in the caller's transaction.
pub fn get_case(conn: &Connection, case_id: &str) -> rusqlite::Result<Option<StoredCase>> {
    conn.query_row(
        &format!("SELECT {SUMMARY_COLUMNS}, version, state FROM cases WHERE id = ?1"),
        params![case_id],
        |r| {
            Ok(StoredCase {
                summary: summary_from_row(r)?,
                version: r.get::<_, i64>(9)? as u64,
                state: r.get(10)?,
            })
        },
    )
    .optional()
}

impl types::Host for CallCtx {}

impl notifications::Host for CallCtx {
    fn send(&mut self, messages: Vec<notifications::Notification>) -> Result<()> {
        self.notices.extend(messages);
        Ok(())
    }
}

impl clock::Host for CallCtx {
    fn now(&mut self) -> Result<String> {
        Ok(self.now.clone())
    }
}

impl wit_calendar::Host for CallCtx {
    fn is_working_day(&mut self, date: String) -> Result<Result<bool, String>> {
        Ok(self
            .calendar
            .is_working_day(&date)
            .map_err(|e| e.to_string()))
    }
    fn add_working_days(&mut self, date: String, days: u32) -> Result<Result<String, String>> {
        Ok(self
            .calendar
            .add_working_days(&date, days)
            .map_err(|e| e.to_string()))
    }
}

impl random::Host for CallCtx {
    fn seed(&mut self) -> Result<u64> {
        let mut bytes = [0u8; 8];
        getrandom(&mut bytes)?;
        Ok(u64::from_le_bytes(bytes))
    }
}

fn getrandom(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)?;
    Ok(())
}

impl log::Host for CallCtx {
    fn write(&mut self, level: log::Level, message: String) -> Result<()> {
        if matches!(level, log::Level::Warn | log::Level::Error) {
            eprintln!("[plugin {level:?}] {message}");
        }
        Ok(())
    }
}

impl seals::Host for CallCtx {
    fn verify(&mut self, seal: SealRef) -> Result<bool> {
        let found: Option<(String, String, String, String)> = self
            .conn
            .query_row(
                "SELECT holder, signer, signed_at, digest FROM seals WHERE id = ?1",
                params![seal.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        Ok(found == Some((seal.holder, seal.signer, seal.signed_at, seal.digest)))
    }
}

impl directory::Host for CallCtx {
    fn members(&mut self, role: Role, org_unit: Option<String>) -> Result<Vec<directory::Person>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT user_id, name, org_unit, org_name, tags FROM users
             WHERE role = ?1 AND (?2 IS NULL OR org_unit = ?2) ORDER BY user_id",
        )?;
        let people = stmt
            .query_map(params![role_code(role), org_unit], |r| {
                let tags: String = r.get(4)?;
                Ok(directory::Person {
                    user_id: r.get(0)?,
                    name: r.get(1)?,
                    role,
                    org_unit: r.get(2)?,
                    org_name: r.get(3)?,
                    tags: tags
                        .split(',')
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                        .collect(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(people)
    }
}

impl registry::Host for CallCtx {
    fn lookup_enterprise(
        &mut self,
        credit_code: String,
    ) -> Result<Option<registry::EnterpriseRecord>> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, district, independent_legal_entity, bad_records FROM enterprises WHERE credit_code = ?1",
                params![credit_code],
                |r| {
                    let bad: String = r.get(3)?;
                    Ok(registry::EnterpriseRecord {
                        name: r.get(0)?,
                        district: r.get(1)?,
                        independent_legal_entity: r.get(2)?,
                        bad_records: bad.split('\n').filter(|t| !t.is_empty()).map(str::to_string).collect(),
                    })
                },
            )
            .optional()?)
    }
}

impl case_store::Host for CallCtx {
    fn get(&mut self, case_id: String) -> Result<Option<StoredCase>> {
        Ok(get_case(&self.conn, &case_id)?)
    }

    fn query(
        &mut self,
        kind: CaseKind,
        year: u16,
        stage: Option<String>,
    ) -> Result<Vec<CaseSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases WHERE kind = ?1 AND year = ?2 AND (?3 IS NULL OR stage = ?3) ORDER BY id"
        ))?;
        let rows = stmt
            .query_map(params![kind_code(kind), year, stage], summary_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
