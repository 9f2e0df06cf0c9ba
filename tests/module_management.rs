//! Module management as an OA administrator does it: a component built against another
//! contract version is refused with a clear message and changes nothing; an upgrade to a
//! new build keeps every record and the workflow goes on; a database written by a newer
//! host is refused rather than misread.

use std::path::{Path, PathBuf};
use std::process::Command;

use host_sim::demo::request;
use host_sim::{Sim, db, module};
use qb_tests::*;

fn fingerprint(path: &Path) -> String {
    db::fingerprint(&db::open(path).expect("open db")).expect("fingerprint")
}

/// A database with the batch open and the sample application submitted.
fn db_with_records(name: &str) -> PathBuf {
    let path = db_path(name);
    let mut sim = Sim::open(&path, &plugin()).expect("open");
    host_sim::demo::prepare(&sim, "2026-03-02T09:00:00+08:00").expect("seed");
    open_batch(&mut sim);
    sim.set_clock("2026-03-16T10:00:00+08:00").unwrap();
    submit_sample(&mut sim).expect("submit");
    path
}

/// The host-sim binary, built by cargo (already built when the test suite runs it).
fn host_sim_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "-p", "host-sim", "--bin", "host-sim"])
        .current_dir(&root)
        .status()
        .expect("run cargo");
    assert!(status.success(), "building host-sim failed");
    root.join("target/release/host-sim")
}

#[test]
fn a_component_of_another_contract_version_is_refused_and_nothing_changes() {
    let bad = other_contract_version(&plugin());
    let info = module::inspect(&bad).expect("still a component");
    assert_eq!(info.contract.as_deref(), Some("0.4.0"));
    let message = module::check_compatible(&info).unwrap_err().to_string();
    assert!(
        message.contains("0.4.0") && message.contains("0.3.0") && message.contains("不兼容"),
        "{message}"
    );

    let path = db_with_records("modules_incompatible");
    let before = fingerprint(&path);
    let err = Sim::open(&path, &bad).err().expect("refused").to_string();
    assert!(err.contains("不兼容"), "{err}");
    assert_eq!(
        fingerprint(&path),
        before,
        "a refused install changes nothing"
    );

    // The administrator's command says why and exits non-zero.
    let file = path.with_extension("wasm");
    std::fs::write(&file, &bad).unwrap();
    let bin = host_sim_binary();
    let out = Command::new(&bin)
        .args(["install", "--db"])
        .arg(&path)
        .arg(&file)
        .output()
        .expect("run host-sim install");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "install must fail: {stderr}");
    assert!(
        stderr.contains("插件契约版本 0.4.0") && stderr.contains("拒绝安装"),
        "{stderr}"
    );
    assert_eq!(fingerprint(&path), before);
    let listed = Command::new(&bin)
        .args(["modules", "--db"])
        .arg(&path)
        .output()
        .expect("run host-sim modules");
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert_eq!(listed.matches("运行中").count(), 1, "{listed}");
    assert!(!listed.contains("0.4.0"), "{listed}");
}

#[test]
fn an_upgrade_keeps_every_record_and_the_workflow_goes_on() {
    let path = db_with_records("modules_upgrade");
    let tables = [
        "cases",
        "history",
        "outbox",
        "tasks",
        "public_records",
        "seals",
        "users",
    ];
    let (counts, view, version, old_sha) = {
        let mut sim = Sim::open(&path, &plugin()).unwrap();
        let counts: Vec<i64> = tables
            .iter()
            .map(|t| sim.count(&format!("SELECT COUNT(*) FROM {t}")).unwrap())
            .collect();
        let view = sim.view(DISTRICT_OFFICE, SAMPLE_CASE).unwrap();
        let version = sim.version(SAMPLE_CASE).unwrap();
        (
            counts,
            format!("{view:?}"),
            version,
            sim.module().sha256.clone(),
        )
    };
    assert!(counts.iter().take(4).all(|&n| n > 0), "{counts:?}");

    // A different build of the same contract: the fault-injection plugin.
    let mut sim = Sim::open(&path, &fault_plugin()).expect("upgrade");
    let new_sha = sim.module().sha256.clone();
    assert_ne!(new_sha, old_sha);
    let modules: Vec<(String, bool)> = {
        sim.connection()
            .query_map("SELECT sha256, active FROM modules ORDER BY id", &[], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap()
    };
    assert_eq!(modules, [(old_sha, false), (new_sha.clone(), true)]);

    let after: Vec<i64> = tables
        .iter()
        .map(|t| sim.count(&format!("SELECT COUNT(*) FROM {t}")).unwrap())
        .collect();
    assert_eq!(after, counts, "every row of {tables:?} is still there");
    assert_eq!(sim.version(SAMPLE_CASE).unwrap(), version);
    assert_eq!(
        format!("{:?}", sim.view(DISTRICT_OFFICE, SAMPLE_CASE).unwrap()),
        view,
        "the new build reads the state the old one wrote"
    );
    assert_eq!(sim.verify_history_chain().unwrap(), None);

    // The workflow goes on under the new build.
    sim.set_clock("2026-03-20T15:30:00+08:00").unwrap();
    let form = recommendation(&mut sim, DISTRICT_OFFICE, SAMPLE_CASE);
    sim.act(
        DISTRICT_OFFICE,
        request(Some(SAMPLE_CASE), "recommend", form, Some("同意推荐。")),
    )
    .expect("recommend after the upgrade");
    assert_eq!(
        code_of(sim.view(OFFICER, SAMPLE_CASE).unwrap().summary.stage),
        "formal-check"
    );
    assert_eq!(sim.open_tasks(OFFICER).unwrap().len(), 1);
    drop(sim);

    // Opening again with the active build installs nothing new.
    let sim = Sim::open(&path, &fault_plugin()).unwrap();
    assert_eq!(sim.count("SELECT COUNT(*) FROM modules").unwrap(), 2);
}

#[test]
fn a_database_from_a_newer_host_is_refused() {
    let path = db_with_records("modules_newer_schema");
    {
        let sim = Sim::open(&path, &plugin()).unwrap();
        sim.connection()
            .batch(&format!("PRAGMA user_version = {}", db::SCHEMA_VERSION + 1))
            .unwrap();
    }
    let err = Sim::open(&path, &plugin())
        .err()
        .expect("refused")
        .to_string();
    assert!(err.contains("请升级 host-sim"), "{err}");
}
