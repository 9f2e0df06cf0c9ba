//! docs/traceability.md names tests in backticks; each must be a real test function.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() && !path.ends_with("target") && !path.ends_with("node_modules") {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn traceability_names_real_tests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace");
    let doc =
        std::fs::read_to_string(root.join("docs/traceability.md")).expect("docs/traceability.md");
    let mut files = Vec::new();
    for dir in ["plugin/src", "host-sim/src", "tests"] {
        sources(&root.join(dir), &mut files);
    }
    let code: String = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let names: Vec<&str> = doc
        .lines()
        .filter(|l| l.starts_with('|'))
        .flat_map(|l| {
            l.rsplit('|')
                .nth(1)
                .unwrap_or_default()
                .split('`')
                .skip(1)
                .step_by(2)
        })
        .filter(|n| {
            n.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .collect();
    assert!(names.len() > 30, "the table names the tests: {names:?}");
    for name in names {
        let declared = format!("fn {name}()");
        let position = code
            .find(&declared)
            .unwrap_or_else(|| panic!("{name} named in docs/traceability.md is not a test"));
        let before = &code[..position];
        assert!(
            before.trim_end().ends_with("#[test]"),
            "{name} is a function but not a #[test]"
        );
    }
}
