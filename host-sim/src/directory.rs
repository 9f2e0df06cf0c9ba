//! The seeded directory (users, org units) and the enterprise register, loaded from a
//! JSON file an administrator can edit. Loading upserts by key, so it can be re-run.

use crate::params;
use crate::store::{Db, StoreError};
use anyhow::{Context, Result, bail};
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

impl User {
    /// What is wrong with this entry, field by field (field id, Chinese message): the one
    /// check for the directory file and the administrator's page. Limits count characters.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut limit = |field: &'static str, label: &str, value: &str, max: usize| {
            let n = value.trim().chars().count();
            if n == 0 {
                out.push((field, format!("{label}不能为空")));
            } else if n > max {
                out.push((field, format!("{label}不能超过{max}个字（现为{n}个字）")));
            }
        };
        limit("user_id", "用户名", &self.user_id, 64);
        limit("name", "姓名", &self.name, 50);
        // The public belong to no org unit.
        if self.role != "public" || !self.org_unit.is_empty() {
            limit("org_unit", "单位代码", &self.org_unit, 64);
        }
        limit("org_name", "单位名称", &self.org_name, 100);
        if !self.user_id.is_empty()
            && !self
                .user_id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c))
        {
            out.push((
                "user_id",
                "用户名只能由小写字母、数字和 - _ . 组成".to_string(),
            ));
        }
        if role_from_code(&self.role).is_none() {
            out.push(("role", "请选择有效的角色".to_string()));
        }
        if self.tags.len() > 20 || self.tags.iter().any(|t| t.chars().count() > 32) {
            out.push(("tags", "标签最多20个，每个不超过32个字".to_string()));
        }
        out
    }

    /// Upsert this entry.
    pub fn save(&self, conn: &Db) -> Result<(), StoreError> {
        conn.execute(
            "INSERT INTO users (user_id, name, role, org_unit, org_name, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, role = excluded.role,
               org_unit = excluded.org_unit, org_name = excluded.org_name, tags = excluded.tags",
            params![self.user_id, self.name, self.role, self.org_unit, self.org_name, self.tags.join(",")],
        )?;
        Ok(())
    }
}

impl Directory {
    pub fn parse(text: &str) -> Result<Self> {
        let dir: Directory = serde_json::from_str(text).context("目录文件格式错误")?;
        for u in &dir.users {
            if let Some((_, why)) = u.problems().into_iter().next() {
                bail!("用户 {}：{why}", u.user_id);
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
    pub fn load(&self, conn: &Db) -> Result<()> {
        conn.in_transaction(|tx| {
            for u in &self.users {
                u.save(tx)?;
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
            Ok(())
        })
    }
}
