//! `host-sim verify` on an existing database: an edited history row breaks the chain; a
//! row rewritten with every later hash recomputed keeps the chain but not its keyed MAC;
//! a stored file changed afterwards no longer matches its digest. Each is named.

use std::path::Path;
use std::process::Command;

use qb_tests::portal::host_sim_binary;
use qb_tests::*;

fn verify(db: &Path) -> (bool, String) {
    let out = Command::new(host_sim_binary())
        .args(["verify", "--db"])
        .arg(db)
        .output()
        .expect("run host-sim verify");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// A small round on a file, closed; its path.
fn database(name: &str) -> std::path::PathBuf {
    let r = Round::submitted(name, 2);
    std::path::PathBuf::from(r.sim.connection().path().unwrap())
}

#[test]
fn verify_passes_an_intact_database_and_names_an_edited_row() {
    let db = database("audit_edited_row");
    let (ok, text) = verify(&db);
    assert!(ok, "{text}");
    assert!(
        text.contains("审计校验通过") && text.contains("哈希链完整"),
        "{text}"
    );

    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE history SET opinion = '同意（已被改写）' WHERE seq = 5",
        [],
    )
    .unwrap();
    drop(conn);
    let (ok, text) = verify(&db);
    assert!(!ok, "{text}");
    assert!(
        text.contains("第 5 条流转记录") && text.contains("哈希链断裂"),
        "{text}"
    );
}

#[test]
fn a_rewrite_that_recomputes_the_chain_is_caught_by_the_keyed_mac() {
    let db = database("audit_recomputed");
    let conn = rusqlite::Connection::open(&db).unwrap();
    // Rewrite row 4 and recompute its hash and every later one, as an attacker with
    // the database (but not the key) would.
    let rows: Vec<(i64, Vec<String>)> = conn
        .prepare(
            "SELECT seq, case_id, action, label, from_stage, to_stage, opinion, detail, actor_user, actor_name,
                    actor_role, actor_org, actor_org_name, at FROM history ORDER BY seq",
        )
        .unwrap()
        .query_map([], |r| {
            let fields = (1..14)
                .map(|i| r.get::<_, Option<String>>(i).map(Option::unwrap_or_default))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((r.get(0)?, fields))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut prev = String::new();
    for (seq, mut fields) in rows {
        if seq == 4 {
            fields[2] = "已签章提交（改写）".into();
            conn.execute("UPDATE history SET label = ?1 WHERE seq = 4", [&fields[2]])
                .unwrap();
        }
        let hash = host_sim::audit::chain_hash(&prev, &fields);
        conn.execute(
            "UPDATE history SET prev_hash = ?1, hash = ?2 WHERE seq = ?3",
            rusqlite::params![prev, hash, seq],
        )
        .unwrap();
        prev = hash;
    }
    drop(conn);
    let (ok, text) = verify(&db);
    assert!(!ok, "{text}");
    assert!(
        text.contains("第 4 条流转记录") && text.contains("密钥校验值不符"),
        "{text}"
    );
}

#[test]
fn a_stored_file_changed_afterwards_is_named() {
    let db = database("audit_file");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let name: String = conn
        .query_row("SELECT name FROM attachments LIMIT 1", [], |r| r.get(0))
        .unwrap();
    conn.execute(
        "UPDATE attachments SET content = X'00' WHERE rowid = (SELECT MIN(rowid) FROM attachments)",
        [],
    )
    .unwrap();
    drop(conn);
    let (ok, text) = verify(&db);
    assert!(!ok);
    assert!(text.contains(&format!("附件“{name}”")), "{text}");
}
