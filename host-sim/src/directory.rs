//! The seeded directory (users, org units) and the enterprise register, loaded from a
//! JSON file an administrator can edit. Loading upserts by key, so it can be re-run.

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, params};
use serde::Deserialize;
use std::path::Path;

use crate::imports::role_from_code;

/// The directory shipped with host-sim.
pub const DEFAULT_DIRECTORY: &str = include_str!("../data/directory.json");

#[derive(Debug, Deserialize)]
pub struct User {
    pub user_id: String,
    pub name: String,
    pub role: String,
    pub org_unit: String,
    pub org_name: String,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Enterprise {
    pub credit_code: String,
    pub name: String,
    pub district: Option<String>,
    pub independent_legal_entity: bool,
    #[serde(default)]
    pub bad_records: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Directory {
    pub users: Vec<User>,
    pub enterprises: Vec<Enterprise>,
}

impl Directory {
    pub fn parse(text: &str) -> Result<Self> {
        let dir: Directory = serde_json::from_str(text).context("目录文件格式错误")?;
        for u in &dir.users {
            if role_from_code(&u.role).is_none() {
                bail!("用户 {} 的角色 {} 无效", u.user_id, u.role);
            }
        }
        Ok(dir)
    }

    pub fn from_file(path: &Path) -> Result<Self> {
        Self::parse(
            &std::fs::read_to_string(path).with_context(|| format!("读取 {}", path.display()))?,
        )
    }

    /// Upsert every user and enterprise in one transaction.
    pub fn load(&self, conn: &Connection) -> Result<()> {
        let tx = conn.unchecked_transaction()?;
        for u in &self.users {
            tx.execute(
                "INSERT INTO users (user_id, name, role, org_unit, org_name, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, role = excluded.role,
                   org_unit = excluded.org_unit, org_name = excluded.org_name, tags = excluded.tags",
                params![u.user_id, u.name, u.role, u.org_unit, u.org_name, u.tags.join(",")],
            )?;
        }
        for e in &self.enterprises {
            tx.execute(
                "INSERT INTO enterprises (credit_code, name, district, independent_legal_entity, bad_records)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, district = excluded.district,
                   independent_legal_entity = excluded.independent_legal_entity, bad_records = excluded.bad_records",
                params![e.credit_code, e.name, e.district, e.independent_legal_entity, e.bad_records.join("\n")],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
