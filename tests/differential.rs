//! Random arithmetic programs run under CPython and jcvm must agree
//! (`tests/differential_arith.py`); skipped with a note where python3 is absent.

use std::process::Command;

#[test]
fn random_arithmetic_matches_cpython() {
    if Command::new("python3").arg("--version").output().is_err() {
        println!("python3 not found: differential test skipped");
        return;
    }
    let output = Command::new("python3")
        .arg("tests/differential_arith.py")
        .arg(env!("CARGO_BIN_EXE_jcvm"))
        .args(["--seeds", "40"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("running tests/differential_arith.py");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    assert!(
        output.status.success(),
        "jcvm and CPython disagree:\n{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
