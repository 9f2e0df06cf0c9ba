//! The audit trail a host keeps (obligation H8) and its verification: every history row
//! is hash-chained to the one before, and — from contract 0.2 on — also carries an
//! HMAC of its hash under a key kept outside the database. Editing a row breaks the
//! chain; rewriting a row *and recomputing every later hash* keeps the chain whole but
//! cannot forge the HMACs without the key. Stored files are checked against the size
//! and SHA-256 recorded when they were uploaded.
//!
//! The key: 32 random bytes, hex, in a file beside the database by default
//! (`<db>.history-key`, created on first open), or the file `QB_HISTORY_KEY` names —
//! which a PostgreSQL database needs, since it has no "beside" and every node must use
//! the same key (ADR 13). In production it belongs on another system (a KMS or the
//! OA's secrets store), and only the host process may read it.

use crate::params;
use crate::store::Db;
use anyhow::{Context, Result};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

use crate::db::hex;

/// The environment variable that names the history key file.
pub const KEY_ENV: &str = "QB_HISTORY_KEY";

/// The history key of a database: the file `QB_HISTORY_KEY` names, else beside a
/// SQLite file. A PostgreSQL database must be given one: its nodes share it.
pub fn default_key_path(db: &Path) -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(KEY_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    if !crate::db::is_file(db) {
        anyhow::bail!(
            "使用 PostgreSQL 数据库时，请用环境变量 {KEY_ENV} 指定流转记录密钥文件（各节点使用同一文件）"
        );
    }
    let mut name = db.as_os_str().to_owned();
    name.push(".history-key");
    Ok(PathBuf::from(name))
}

/// Read the key, creating it (readable by the owner only) if there is none yet.
pub fn load_or_create_key(path: &Path) -> Result<Vec<u8>> {
    if let Some(key) = read_key(path)? {
        return Ok(key);
    }
    let mut key = [0u8; 32];
    {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")?.read_exact(&mut key)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options
        .open(path)
        .and_then(|mut f| f.write_all(hex(&key).as_bytes()))
        .with_context(|| format!("写入流转记录密钥 {}", path.display()))?;
    Ok(key.to_vec())
}

/// Read the key if the file exists.
pub fn read_key(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let text = text.trim();
            let bytes: Option<Vec<u8>> = (0..text.len())
                .step_by(2)
                .map(|i| {
                    text.get(i..i + 2)
                        .and_then(|b| u8::from_str_radix(b, 16).ok())
                })
                .collect();
            match bytes {
                Some(b) if b.len() == 32 => Ok(Some(b)),
                _ => anyhow::bail!(
                    "流转记录密钥 {} 格式不正确（应为64位十六进制）",
                    path.display()
                ),
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("读取流转记录密钥 {}", path.display())),
    }
}

/// HMAC-SHA256 of a row's hash under the key, hex.
pub fn mac(key: &[u8], hash: &str) -> String {
    // HMAC takes a key of any length; the constructor cannot fail for SHA-256.
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    m.update(hash.as_bytes());
    hex(&m.finalize().into_bytes())
}

/// The chained hash of one row: the previous hash, then each field, separated.
pub fn chain_hash(prev: &str, fields: &[String]) -> String {
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    for f in fields {
        h.update([0x1f]);
        h.update(f.as_bytes());
    }
    hex(&h.finalize())
}

/// The first history row that does not verify.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    pub seq: i64,
    pub case_id: String,
    pub at: String,
    pub label: String,
    /// Why, in Chinese.
    pub why: &'static str,
}

/// A stored file whose content no longer matches what was recorded at upload.
#[derive(Debug, Clone, PartialEq)]
pub struct BadFile {
    pub id: String,
    pub name: String,
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// History rows checked.
    pub entries: usize,
    /// Rows that carry a keyed MAC (the rest predate contract 0.2).
    pub keyed: usize,
    /// Whether the key was at hand (without it, only the plain chain is checked).
    pub key_checked: bool,
    pub first_broken: Option<Broken>,
    pub files: usize,
    pub bad_files: Vec<BadFile>,
    /// 管理操作记录 rows checked, and the first that does not verify.
    pub admin_entries: usize,
    pub admin_broken: Option<i64>,
}

impl Report {
    pub fn intact(&self) -> bool {
        self.first_broken.is_none() && self.bad_files.is_empty() && self.admin_broken.is_none()
    }

    /// The report in Chinese, one line each.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![format!(
            "流转记录 {} 条，其中 {} 条带密钥校验值{}",
            self.entries,
            self.keyed,
            if self.key_checked {
                ""
            } else {
                "（未提供密钥：只校验了哈希链，无法发现改写后重算）"
            }
        )];
        match &self.first_broken {
            None => out.push("哈希链完整".into()),
            Some(b) => out.push(format!(
                "第 {} 条流转记录（事项 {}，{}，“{}”）校验失败：{}",
                b.seq, b.case_id, b.at, b.label, b.why
            )),
        }
        out.push(match self.admin_broken {
            None => format!("管理操作记录 {} 条，哈希链完整", self.admin_entries),
            Some(seq) => format!(
                "管理操作记录 {} 条，第 {seq} 条校验失败：记录被改动、删除或绕过主机写入",
                self.admin_entries
            ),
        });
        out.push(format!("附件 {} 个", self.files));
        if self.bad_files.is_empty() {
            out.push("附件内容与上传时的摘要一致".into());
        }
        for f in &self.bad_files {
            out.push(format!(
                "附件“{}”（{}）的内容与上传时的摘要不一致",
                f.name, f.id
            ));
        }
        out
    }
}

/// Recompute the chain, the MACs (given the key) and the files' digests.
pub fn verify(conn: &Db, key: Option<&[u8]>) -> Result<Report> {
    let (mut prev, mut entries, mut keyed, mut first_broken) = (String::new(), 0, 0, None);
    let mut keyed_from: Option<i64> = None;
    conn.query_map(
        "SELECT seq, case_id, action, label, from_stage, to_stage, opinion, detail, actor_user, actor_name,
                actor_role, actor_org, actor_org_name, at, prev_hash, hash, mac FROM history ORDER BY seq",
        params![],
        |r| {
        entries += 1;
        let seq: i64 = r.get(0)?;
        let fields: Vec<String> = (1..14)
            .map(|i| r.get::<Option<String>>(i).map(Option::unwrap_or_default))
            .collect::<Result<_, _>>()?;
        let (stored_prev, stored, stored_mac): (String, String, Option<String>) =
            (r.get(14)?, r.get(15)?, r.get(16)?);
        let broken = |why| Broken {
            seq,
            case_id: fields[0].clone(),
            at: fields[12].clone(),
            label: fields[2].clone(),
            why,
        };
        let why = if stored_prev != prev || stored != chain_hash(&prev, &fields) {
            Some("哈希链断裂：本条内容或顺序被改动")
        } else {
            match (&stored_mac, key) {
                (Some(m), Some(k)) if *m != mac(k, &stored) => {
                    Some("密钥校验值不符：本条被改写，且其后的哈希被重新计算")
                }
                (None, _) if keyed_from.is_some() => Some("缺少密钥校验值：本条是绕过主机写入的"),
                _ => None,
            }
        };
        if stored_mac.is_some() {
            keyed += 1;
            keyed_from.get_or_insert(seq);
        }
        if first_broken.is_none() {
            first_broken = why.map(broken);
        }
        prev = stored;
        Ok(())
    })?;
    let mut files = 0;
    let mut bad_files = Vec::new();
    // Read one file at a time: the store's files together may not fit in memory.
    conn.query_map(
        "SELECT id, name, size, sha256, content FROM attachments ORDER BY uploaded_at, id",
        params![],
        |r| {
            files += 1;
            let (id, name, size, sha, content): (String, String, i64, String, Vec<u8>) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
            if content.len() as i64 != size || hex(&Sha256::digest(&content)) != sha {
                bad_files.push(BadFile { id, name });
            }
            Ok(())
        },
    )?;
    let (admin_entries, admin_broken) = crate::admin_log::verify(conn, key)?;
    Ok(Report {
        entries,
        keyed,
        key_checked: key.is_some(),
        first_broken,
        files,
        bad_files,
        admin_entries,
        admin_broken,
    })
}
