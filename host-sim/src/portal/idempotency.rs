//! Idempotent retries. A state-changing request may carry an `Idempotency-Key` header
//! (1–128 visible ASCII characters, chosen by the client, one per intended action). The
//! answer to the first request with a key is stored in the same transaction as its
//! effects, so either both are durable or neither is; a retry with the same key by the
//! same person gets that answer again (header `Idempotent-Replayed: true`) and changes
//! nothing. The same key with a different request is refused (422). Keys expire after
//! `KEPT_FOR_SECONDS`. A request that failed on the host's side (5xx) kept nothing and
//! is not remembered: its retry runs again.

use anyhow::Result;
use sha2::{Digest, Sha256};

use super::http::{Req, Resp};
use crate::params;
use crate::store::Db;

/// How long an answer is kept for retries: 24 hours of the host's clock.
pub const KEPT_FOR_SECONDS: i64 = 24 * 3600;

/// What identifies the request behind a key: method, path and body.
pub fn request_digest(req: &Req) -> String {
    let mut h = Sha256::new();
    h.update(format!("{:?} {}\n", req.method, req.path()).as_bytes());
    h.update(&req.body);
    crate::db::hex(&h.finalize())
}

/// The stored answer for `user`'s `key`, if one is kept and not expired: `Ok(answer)`
/// when it was for the same request, `Err(())` when the key was used for another.
pub fn recall(
    conn: &Db,
    user: &str,
    key: &str,
    digest: &str,
    now: &str,
) -> Result<Option<Result<Resp, ()>>> {
    let oldest = crate::clock::add_seconds(now, -KEPT_FOR_SECONDS)?;
    let stored = conn.query_opt(
        "SELECT request_sha256, status, content_type, body FROM idempotency
             WHERE user_id = ?1 AND key = ?2 AND created_at >= ?3",
        params![user, key, oldest],
        |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<u16>(1)?,
                r.get::<String>(2)?,
                r.get::<Vec<u8>>(3)?,
            ))
        },
    )?;
    Ok(stored.map(|(request, status, content_type, body)| {
        if request != digest {
            return Err(());
        }
        Ok(Resp {
            status,
            content_type: known_type(&content_type),
            headers: vec![("Idempotent-Replayed", "true".to_string())],
            body,
        })
    }))
}

/// Keep `resp` as the answer to `user`'s `key`, in the current transaction.
pub fn remember(
    conn: &Db,
    user: &str,
    key: &str,
    digest: &str,
    resp: &Resp,
    now: &str,
) -> Result<()> {
    conn.execute("INSERT INTO idempotency (user_id, key, request_sha256, status, content_type, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (user_id, key) DO UPDATE SET request_sha256 = excluded.request_sha256,
           status = excluded.status, content_type = excluded.content_type,
           body = excluded.body, created_at = excluded.created_at", params![user, key, digest, resp.status, resp.content_type, resp.body, now])?;
    Ok(())
}

/// Forget the answers older than `KEPT_FOR_SECONDS`. Returns how many went.
pub fn expire(conn: &Db, now: &str) -> Result<usize> {
    let oldest = crate::clock::add_seconds(now, -KEPT_FOR_SECONDS)?;
    Ok(conn.execute(
        "DELETE FROM idempotency WHERE created_at < ?1",
        params![oldest],
    )?)
}

/// The stored content type as one of the portal's own (a response's type is static).
fn known_type(stored: &str) -> &'static str {
    [
        "application/json; charset=utf-8",
        "text/html; charset=utf-8",
        "text/plain; charset=utf-8",
    ]
    .into_iter()
    .find(|t| *t == stored)
    .unwrap_or("application/octet-stream")
}
