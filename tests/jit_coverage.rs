//! Under `--jit eager` the corpus really runs compiled: `--stats` counts the
//! compiled functions of every program, and every function the JIT leaves in
//! the interpreter is listed with its reason, which must be one the code
//! generator documents (today only generator functions).

use std::path::Path;
use std::process::Command;

/// Reasons the code generator gives for staying in the interpreter.
const KNOWN_REASONS: &[&str] = &["generator function"];

#[test]
fn eager_corpus_runs_compiled() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .expect("tests/corpus")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let (mut compiled, mut refused, mut unexpected) = (0usize, Vec::new(), Vec::new());
    for file in &files {
        let output = Command::new(env!("CARGO_BIN_EXE_jcvm"))
            .args(["run", "--jit", "eager", "--stats"])
            .arg(file)
            .output()
            .expect("running jcvm");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let Some(count) = stderr.lines().find_map(|l| l.trim().strip_prefix("jit compiled")) else {
            // A program jcvm refuses to compile (exit 2) prints no stats.
            assert_eq!(output.status.code(), Some(2), "{name}: no jit stats in:\n{stderr}");
            continue;
        };
        let count: usize = count.trim().trim_end_matches(" functions").parse().expect("a count");
        assert!(count > 0, "{name}: nothing compiled under --jit eager");
        compiled += count;
        let mut lines = stderr.lines().skip_while(|l| !l.trim_start().starts_with("jit interpreted")).skip(1);
        while let Some(line) = lines.next().filter(|l| l.starts_with("    ")) {
            let (function, reason) = line.trim().split_once(": ").expect("name: reason");
            refused.push(format!("{name}: {function}"));
            if !KNOWN_REASONS.iter().any(|k| reason.starts_with(k)) {
                unexpected.push(format!("{name}: {function}: {reason}"));
            }
        }
    }
    println!(
        "--jit eager over {} programs: {compiled} functions compiled, {} left in the interpreter",
        files.len(),
        refused.len()
    );
    for r in &refused {
        println!("  interpreted: {r}");
    }
    assert!(
        unexpected.is_empty(),
        "functions left in the interpreter for unexpected reasons:\n{}",
        unexpected.join("\n")
    );
    assert!(compiled > 10 * refused.len(), "{compiled} compiled vs {} interpreted", refused.len());
}
