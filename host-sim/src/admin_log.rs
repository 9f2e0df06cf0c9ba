//! 管理操作记录: every change an administrator makes in the browser (the directory
//! today), kept like the 流转记录 (`audit.rs`): each row hash-chained to the one before
//! and carrying an HMAC under the history key, so an edited, removed or forged row shows
//! in `host-sim verify` and on the 系统校验 page.

use anyhow::Result;

use crate::params;
use crate::store::Db;

use crate::audit::{chain_hash, mac};
use crate::contract::Actor;

/// One recorded change.
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub actor_name: String,
    pub change: String,
    pub detail: String,
}

/// Record a change in the caller's transaction.
pub fn record(
    conn: &Db,
    key: &[u8],
    at: &str,
    actor: &Actor,
    change: &str,
    detail: &str,
) -> Result<()> {
    conn.lock_chain()?;
    let prev: String = conn
        .query_opt(
            "SELECT hash FROM admin_log ORDER BY seq DESC LIMIT 1",
            params![],
            |r| r.get(0),
        )?
        .unwrap_or_default();
    let fields = [at, &actor.user_id, &actor.name, change, detail].map(str::to_string);
    let hash = chain_hash(&prev, &fields);
    conn.execute(
        "INSERT INTO admin_log (at, actor_user, actor_name, change, detail, prev_hash, hash, mac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            at,
            actor.user_id,
            actor.name,
            change,
            detail,
            prev,
            hash,
            mac(key, &hash)
        ],
    )?;
    Ok(())
}

/// The latest changes, newest first.
pub fn recent(conn: &Db, limit: i64) -> Result<Vec<Entry>> {
    let rows = conn.query_map(
        "SELECT seq, at, actor_name, change, detail FROM admin_log ORDER BY seq DESC LIMIT ?1",
        params![limit],
        |r| {
            Ok(Entry {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor_name: r.get(2)?,
                change: r.get(3)?,
                detail: r.get(4)?,
            })
        },
    )?;
    Ok(rows)
}

/// Rows checked, and the first that does not verify (its sequence number).
pub fn verify(conn: &Db, key: Option<&[u8]>) -> Result<(usize, Option<i64>)> {
    let (mut prev, mut n, mut broken) = (String::new(), 0, None);
    conn.query_map(
        "SELECT seq, at, actor_user, actor_name, change, detail, prev_hash, hash, mac
         FROM admin_log ORDER BY seq",
        params![],
        |r| {
            n += 1;
            let seq: i64 = r.get(0)?;
            let fields: Vec<String> = (1..6).map(|i| r.get(i)).collect::<Result<_, _>>()?;
            let (stored_prev, stored, stored_mac): (String, String, String) =
                (r.get(6)?, r.get(7)?, r.get(8)?);
            let bad = stored_prev != prev
                || stored != chain_hash(&prev, &fields)
                || key.is_some_and(|k| stored_mac != mac(k, &stored));
            if bad && broken.is_none() {
                broken = Some(seq);
            }
            prev = stored;
            Ok(())
        },
    )?;
    Ok((n, broken))
}
