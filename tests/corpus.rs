//! The corpus: every `tests/corpus/*.py` runs under each jcvm mode and must
//! match what CPython printed (`<name>.expected`, made by
//! `tests/gen_expected.py`): exit code, stdout, the exception's last line and
//! its traceback's frames (function and line of each entry).
//!
//! A directive line `# jcvm: expect-error <last line>` marks a known,
//! intended divergence (64-bit ints): jcvm must fail with that line and its
//! stdout must be a prefix of CPython's. `JCVM_CORPUS_FILTER=substr` runs a
//! subset. Adding a tier is one more `modes` entry.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);

struct Expected {
    exit: i32,
    error: Option<String>,
    /// `function line` per traceback entry (`repeated N` for a collapsed run).
    frames: Vec<String>,
    stdout: String,
}

fn parse_expected(text: &str) -> Expected {
    let (header, stdout) = text.split_once("--- stdout\n").expect("expected file has a '--- stdout' line");
    let mut exit = 0;
    let mut error = None;
    let mut frames = Vec::new();
    for line in header.lines() {
        if let Some(code) = line.strip_prefix("exit: ") {
            exit = code.trim().parse().expect("exit code is a number");
        } else if let Some(e) = line.strip_prefix("error: ") {
            error = Some(e.to_string());
        } else if let Some(frame) = line.strip_prefix("frame: ") {
            frames.push(frame.to_string());
        }
    }
    Expected { exit, error, frames, stdout: stdout.to_string() }
}

/// The traceback's entries as `.expected` files list them (see tests/gen_expected.py).
fn traceback_frames(stderr: &str) -> Vec<String> {
    let mut frames = Vec::new();
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix("  File \"") {
            let Some((_, place)) = rest.split_once("\", line ") else { continue };
            if let Some((number, function)) = place.split_once(", in ") {
                frames.push(format!("{function} {number}"));
            }
        } else if let Some(rest) = line.strip_prefix("  [Previous line repeated ") {
            let count = rest.split(' ').next().unwrap_or_default();
            frames.push(format!("repeated {count}"));
        }
    }
    frames
}

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn run_jcvm(mode: &[&str], file: &Path) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jcvm"))
        .arg("run")
        .args(mode)
        .arg(file)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting jcvm");
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out_pipe.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err_pipe.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for jcvm") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("reaping jcvm");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().expect("stdout reader")).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().expect("stderr reader")).into_owned();
    Outcome { code: status.code(), stdout, stderr, timed_out }
}

fn last_line(text: &str) -> &str {
    text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// The first differing line of two outputs, with a little context.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let at = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
    let from = at.saturating_sub(2);
    let mut out = format!("    first difference at line {}\n", at + 1);
    for i in from..(at + 3).min(w.len().max(g.len())) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => out.push_str(&format!("      {a}\n")),
            (a, b) => {
                if let Some(a) = a {
                    out.push_str(&format!("    - {a}\n"));
                }
                if let Some(b) = b {
                    out.push_str(&format!("    + {b}\n"));
                }
            }
        }
    }
    out
}

fn check(file: &Path, mode: &[&str]) -> Result<(), String> {
    let source = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let expected_path = file.with_extension("expected");
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|_| format!("missing {} (run python3 tests/gen_expected.py)", expected_path.display()))?;
    let mut expected = parse_expected(&expected);
    let divergence = source.lines().find_map(|l| l.strip_prefix("# jcvm: expect-error ")).map(str::trim);
    let got = run_jcvm(mode, file);
    if got.timed_out {
        return Err(format!("timed out after {TIMEOUT:?}"));
    }
    if got.stderr.contains("panicked") {
        return Err(format!("panicked:\n{}", got.stderr));
    }
    let Some(code) = got.code else {
        return Err(format!("killed by a signal\n{}", got.stderr));
    };
    if let Some(line) = divergence {
        if !expected.stdout.starts_with(&got.stdout) {
            return Err(format!("stdout is not a prefix of CPython's\n{}", diff(&expected.stdout, &got.stdout)));
        }
        let frames = traceback_frames(&got.stderr);
        expected = Expected { exit: 1, error: Some(line.to_string()), frames, stdout: got.stdout.clone() };
    }
    if code != expected.exit {
        return Err(format!("exit code {code}, CPython {}\n    stderr: {}", expected.exit, last_line(&got.stderr)));
    }
    if let Some(error) = &expected.error {
        if last_line(&got.stderr) != error {
            return Err(format!("error line\n    - {error}\n    + {}", last_line(&got.stderr)));
        }
    }
    let frames = traceback_frames(&got.stderr);
    if frames != expected.frames {
        return Err(format!("traceback frames\n{}", diff(&expected.frames.join("\n"), &frames.join("\n"))));
    }
    if got.stdout != expected.stdout {
        return Err(format!("stdout differs\n{}", diff(&expected.stdout, &got.stdout)));
    }
    Ok(())
}

fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let filter = std::env::var("JCVM_CORPUS_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().contains(&filter)))
        .collect();
    files.sort();
    files
}

/// Runs the whole corpus in one mode, two programs at a time, and reports every failure.
fn run_corpus(mode: &[&str]) {
    let files = corpus_files();
    assert!(!files.is_empty(), "no corpus programs found");
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                if let Err(why) = check(file, mode) {
                    let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
                    failures.lock().expect("failure list").push(format!("{name} [{}]: {why}", mode.join(" ")));
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("failure list");
    failures.sort();
    let passed = files.len() - failures.len();
    println!("corpus [{}]: {passed} passed, {} failed", mode.join(" "), failures.len());
    assert!(failures.is_empty(), "{} corpus failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn corpus_interpreter() {
    run_corpus(&["--jit", "off"]);
}

/// Every function compiled before its first call.
#[test]
fn corpus_jit_eager() {
    run_corpus(&["--jit", "eager"]);
}

/// Tier-up at the first call and at the tenth back-edge: functions switch tiers
/// mid-run and loops enter compiled code by on-stack replacement.
#[test]
fn corpus_jit_tiered() {
    run_corpus(&["--jit", "auto", "--jit-threshold", "1"]);
}

#[test]
fn corpus_jit_auto() {
    run_corpus(&["--jit", "auto"]);
}

#[test]
fn corpus_jit_gc_stress() {
    run_corpus(&["--jit", "eager", "--gc-stress"]);
}

#[test]
fn corpus_gc_stress() {
    run_corpus(&["--jit", "off", "--gc-stress"]);
}

#[test]
fn expected_outputs_are_fresh() {
    let python = Command::new("python3").arg("--version").output();
    if python.is_err() {
        println!("python3 not found: cannot check that expected outputs are fresh");
        return;
    }
    let status = Command::new("python3")
        .arg("tests/gen_expected.py")
        .arg("--check")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("running tests/gen_expected.py");
    assert!(status.success(), "expected outputs are stale: run python3 tests/gen_expected.py");
}
