//! What one plugin call may hand the host (H11). The plugin is held to its memory limit
//! and deadline by wasmtime; these hold the host to a bound too, whatever a faulty or
//! hostile plugin sends: beyond them the call traps and everything it did rolls back, the
//! same as any other trap. Each bound is far above what the regulation's process needs
//! (a batch step works in chunks of 200 applications, ADR 3).

use anyhow::{Result, bail};

use crate::engine::exports::zhengzhou::quality_benchmark::approval::Outcome;
use crate::engine::zhengzhou::quality_benchmark::notifications::Notification;

/// Notifications one call may queue.
pub const NOTICES_PER_CALL: usize = 5_000;
/// Characters of one notification's subject and body together.
pub const NOTICE_CHARS: usize = 20_000;
/// Bytes of every notification one call queues, together.
pub const NOTICE_BYTES_PER_CALL: usize = 8 << 20;
/// Characters of one log line (longer lines are cut, not refused: logs are advisory).
pub const LOG_CHARS: usize = 4_000;
/// Cases one outcome may write, and the other lists' entries each.
pub const OUTCOME_ENTRIES: usize = 5_000;
/// Bytes of one case's private state.
pub const STATE_BYTES: usize = 1 << 20;
/// Characters of one history entry's opinion or detail, or a public record's body.
pub const TEXT_CHARS: usize = 100_000;
/// Bytes of one outcome, all of it together.
pub const OUTCOME_BYTES: usize = 32 << 20;

/// Files one person has uploaded and not yet filed with an action, and their bytes: an
/// upload past either is refused (`upload-quota`), so nobody fills the disk with files
/// no case holds.
pub const PENDING_UPLOAD_FILES: i64 = 100;
pub const PENDING_UPLOAD_BYTES: i64 = 200 << 20;
/// Files one case may hold (filed or pending), and their bytes.
pub const CASE_FILES: i64 = 200;
pub const CASE_BYTES: i64 = 500 << 20;

/// Queue `more` on `queued`, or fail (the call traps) if that would pass a bound. Sizes
/// are checked before anything is kept, so a flood costs the host one message at most.
pub fn queue_notices(queued: &mut Vec<Notification>, more: Vec<Notification>) -> Result<()> {
    if queued.len() + more.len() > NOTICES_PER_CALL {
        bail!("plugin queued more than {NOTICES_PER_CALL} notifications in one call");
    }
    let mut bytes: usize = queued.iter().map(notice_bytes).sum();
    for n in &more {
        if n.subject.chars().count() + n.body.chars().count() > NOTICE_CHARS {
            bail!("a notification of more than {NOTICE_CHARS} characters");
        }
        bytes += notice_bytes(n);
    }
    if bytes > NOTICE_BYTES_PER_CALL {
        bail!("plugin queued more than {NOTICE_BYTES_PER_CALL} bytes of notifications in one call");
    }
    queued.extend(more);
    Ok(())
}

fn notice_bytes(n: &Notification) -> usize {
    n.subject.len() + n.body.len() + n.case_id.as_ref().map_or(0, String::len)
}

/// A text for a log line or an answer, cut to `LOG_CHARS` characters.
pub fn cut_text(message: &str) -> std::borrow::Cow<'_, str> {
    match message.char_indices().nth(LOG_CHARS) {
        Some((at, _)) => format!("{}…（已截断）", &message[..at]).into(),
        None => message.into(),
    }
}

/// Whether an outcome stays within what the host takes from one call.
pub fn check_outcome(o: &Outcome) -> Result<()> {
    let lists = [
        ("writes", o.writes.len()),
        ("open-tasks", o.open_tasks.len()),
        ("close-tasks", o.close_tasks.len()),
        ("history", o.history.len()),
        ("public-records", o.public_records.len()),
        ("withdraw-records", o.withdraw_records.len()),
        ("timers", o.timers.len()),
        ("attachments", o.attachments.len()),
    ];
    for (name, len) in lists {
        if len > OUTCOME_ENTRIES {
            bail!("outcome.{name} has {len} entries, more than {OUTCOME_ENTRIES}");
        }
    }
    let mut bytes = 0usize;
    for w in &o.writes {
        if w.state.len() > STATE_BYTES {
            bail!(
                "a case state of {} bytes, more than {STATE_BYTES}",
                w.state.len()
            );
        }
        let filed = w.filed.as_ref().map_or(0, Vec::len);
        if filed > STATE_BYTES {
            bail!("a filed part of {filed} bytes, more than {STATE_BYTES}");
        }
        bytes += w.state.len() + filed + w.summary.title.len();
    }
    let long = |s: &str| s.chars().count() > TEXT_CHARS;
    for h in &o.history {
        if h.opinion.as_deref().is_some_and(long) || h.detail.as_deref().is_some_and(long) {
            bail!("a history entry of more than {TEXT_CHARS} characters");
        }
        bytes +=
            h.opinion.as_ref().map_or(0, String::len) + h.detail.as_ref().map_or(0, String::len);
    }
    for p in &o.public_records {
        if long(&p.body) || long(&p.title) {
            bail!("a public record of more than {TEXT_CHARS} characters");
        }
        bytes += p.body.len() + p.title.len();
    }
    if bytes > OUTCOME_BYTES {
        bail!("an outcome of more than {OUTCOME_BYTES} bytes");
    }
    Ok(())
}
