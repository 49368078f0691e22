//! Under `--jit eager` the corpus really runs compiled: `--stats` counts the
//! compiled functions of every program, and every function the JIT leaves in
//! the interpreter is listed with its reason, which must be one the code
//! generator documents (today only functions too large to compile quickly).

use std::path::Path;
use std::process::Command;

/// Reasons the code generator gives for staying in the interpreter.
const KNOWN_REASONS: &[&str] = &["too large to compile quickly"];

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
        let output = run_eager(file);
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

/// A function with hundreds of locals and a loop per local: compiling it would
/// take seconds and hundreds of MB (register pressure grows with locals ×
/// loops), so the JIT leaves it to the interpreter, says why, and the program
/// runs as fast as with `--jit off`.
#[test]
fn oversized_functions_stay_interpreted() {
    let n = 300;
    let mut source = String::from("def big(n: int) -> int:\n    total = 0\n");
    for i in 0..n {
        source.push_str(&format!("    v{i} = n + {i}\n"));
    }
    for i in 0..n {
        source.push_str(&format!("    for i{i} in range(2):\n        total += v{i} * i{i}\n"));
    }
    source.push_str("    return total\n\n\nprint(big(3))\n");
    let output = run_eager_source("big", &source);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // sum of (3 + i) * 1 for i < 300
    assert_eq!(String::from_utf8_lossy(&output.stdout), "45750\n");
    assert!(stderr.contains("big: too large to compile quickly"), "{stderr}");
}

/// A direct instruction (here a list slice) in compiled code is a call of its
/// function, counted by `--stats`, not a step through the interpreter.
#[test]
fn direct_instructions_are_called_not_stepped() {
    let source = "def f(n: int) -> int:\n    xs = list(range(n))\n    total = 0\n    for i in range(n):\n        \
                  ys = xs[i:]\n        total += len(ys)\n    return total\n\n\nprint(f(50))\n";
    let output = run_eager_source("slices", source);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "1275\n", "{stderr}");
    let count = |label: &str| -> u64 {
        let line = stderr.lines().find(|l| l.trim_start().starts_with(label)).unwrap_or_else(|| panic!("{stderr}"));
        line.trim_start()[label.len()..].split_whitespace().next().and_then(|n| n.parse().ok()).expect("a count")
    };
    assert_eq!(count("jit steps"), 0, "{stderr}");
    assert!(count("jit direct calls") >= 50, "{stderr}");
    let slices =
        stderr.lines().skip_while(|l| !l.contains("jit direct calls")).find(|l| l.trim_start().starts_with("Slice "));
    assert_eq!(slices.map(|l| l.split_whitespace().nth(1)), Some(Some("50")), "{stderr}");
}

/// Runs `file` under `--jit eager --stats`.
fn run_eager(file: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_jcvm"))
        .args(["run", "--jit", "eager", "--stats"])
        .arg(file)
        .output()
        .expect("running jcvm")
}

/// Writes `source` to a fresh temporary directory named after `tag`, runs it
/// under `--jit eager --stats` and removes the directory.
fn run_eager_source(tag: &str, source: &str) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("jcvm-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let file = dir.join(format!("{tag}.py"));
    std::fs::write(&file, source).expect("writing the program");
    let output = run_eager(&file);
    let _ = std::fs::remove_dir_all(&dir);
    output
}
