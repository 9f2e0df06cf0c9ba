//! `host-sim scenario run FILE...`: host-independent scenario files (docs/scenarios.md)
//! run against the real component, each on a fresh SQLite file — or, with `--db
//! postgres://…`, each in a fresh PostgreSQL database beside the one named (ADR 13).
//!
//! The same files run on the Node host (tests/node-host/run.mjs), which prints the same
//! lines: one per scenario, `ok   name` or `FAIL name: step N: expected …, got …`, then
//! `N passed, M failed`. `scripts/conformance` compares the two hosts line by line, so
//! the contract is shown to be enough for a second, independent host.

pub mod format;
mod steps;
pub mod view_text;

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Sim;
use crate::calendar::Calendar;
use crate::directory::{DEFAULT_DIRECTORY, Directory};
use format::Scenario;
use steps::Runner;

/// One scenario's result line.
pub fn result_line(name: &str, result: &Result<(), String>) -> String {
    match result {
        Ok(()) => format!("ok   {name}"),
        Err(why) => format!("FAIL {name}: {why}"),
    }
}

/// Where the scratch databases live, removed on drop: a directory of SQLite files, or
/// databases created beside a PostgreSQL one.
enum Scratch {
    Files(PathBuf),
    Postgres { url: String, made: Vec<String> },
}

impl Scratch {
    fn new(postgres: Option<&str>) -> Result<Self> {
        if let Some(url) = postgres {
            return Ok(Scratch::Postgres {
                url: url.to_string(),
                made: Vec::new(),
            });
        }
        let dir = std::env::temp_dir().join(format!("host-sim-scenarios-{}", std::process::id()));
        std::fs::create_dir_all(&dir).with_context(|| format!("创建 {}", dir.display()))?;
        Ok(Scratch::Files(dir))
    }

    /// A fresh database, nothing left over from an earlier run.
    fn db(&mut self, n: usize) -> Result<PathBuf> {
        match self {
            Scratch::Files(dir) => {
                let path = dir.join(format!("scenario-{n}.sqlite"));
                remove_db(&path);
                Ok(path)
            }
            Scratch::Postgres { url, made } => {
                let name = format!("qb_scenario_{}_{n}", std::process::id());
                let fresh = crate::store::create_database(url, &name)?;
                made.push(name);
                Ok(PathBuf::from(fresh))
            }
        }
    }

    /// Remove the database a scenario ran on.
    fn remove(&mut self, db: &Path) {
        match self {
            Scratch::Files(_) => remove_db(db),
            Scratch::Postgres { .. } => self.drop_made(),
        }
    }

    /// Drop the PostgreSQL databases made and not dropped yet.
    fn drop_made(&mut self) {
        if let Scratch::Postgres { url, made } = self {
            for name in made.drain(..) {
                let _ = crate::store::drop_database(url, &name);
            }
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        match self {
            Scratch::Files(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Scratch::Postgres { .. } => self.drop_made(),
        }
    }
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// A host for the scenario: the component on a fresh file, its fixtures loaded.
fn host(s: &mut Scenario, db: &Path, component: &[u8]) -> Result<Sim> {
    let mut sim = Sim::open(db, component)?;
    let directory = match &s.directory {
        Some(path) => Directory::from_file(path)?,
        None => Directory::parse(DEFAULT_DIRECTORY)?,
    };
    directory.load(sim.connection())?;
    let added = Directory {
        users: std::mem::take(&mut s.add.users),
        enterprises: std::mem::take(&mut s.add.enterprises),
    };
    added.load(sim.connection())?;
    if let Some(path) = &s.calendar {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        sim.set_calendar(Calendar::from_json(&text)?);
    }
    sim.set_random_seed(Some(s.seed));
    Ok(sim)
}

/// Run one scenario file: the name to show and the result.
pub fn run_file(path: &Path, db: &Path, component: &[u8]) -> (String, Result<(), String>) {
    let fallback = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut scenario = match format::load(path) {
        Ok(s) => s,
        Err(e) => return (fallback, Err(format!("{e:#}"))),
    };
    let name = scenario.name.clone();
    let sim = match host(&mut scenario, db, component) {
        Ok(sim) => sim,
        Err(e) => return (name, Err(format!("host error: {e:#}"))),
    };
    let mut runner = Runner::new(sim);
    for located in &scenario.steps {
        if let Err(why) = runner.step(&located.step) {
            return (name, Err(format!("{}: {why}", located.place())));
        }
    }
    (name, Ok(()))
}

/// Run the files in order, write one line each and the closing count; the number failed.
pub fn run_files(
    files: &[PathBuf],
    component: &[u8],
    postgres: Option<&str>,
    out: &mut impl Write,
) -> Result<usize> {
    let mut scratch = Scratch::new(postgres)?;
    let (mut passed, mut failed) = (0, 0);
    for (i, file) in files.iter().enumerate() {
        let db = scratch.db(i)?;
        let (name, result) = run_file(file, &db, component);
        scratch.remove(&db);
        writeln!(out, "{}", result_line(&name, &result))?;
        match result {
            Ok(()) => passed += 1,
            Err(_) => failed += 1,
        }
    }
    writeln!(out, "{passed} passed, {failed} failed")?;
    Ok(failed)
}
