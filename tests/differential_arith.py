#!/usr/bin/env python3
"""Differential test: random int/float arithmetic programs, jcvm against CPython.

    python3 tests/differential_arith.py JCVM_BINARY [--seeds N] [--first S]

Each seed makes a program of ~40 prints of random nested expressions (every
int operator, true/floor division and modulo on mixed ints and floats,
shifts, `round`, `abs`), runs it under CPython and under `jcvm run`, and
requires the same stdout and the same final error line. Where jcvm stops with
its 64-bit OverflowError (CPython would grow a big int), jcvm's stdout must
be a prefix of CPython's. Prints `differential: N passed, M failed`.
"""

import os
import random
import subprocess
import sys
import tempfile

OVERFLOW = "OverflowError: integer result out of 64-bit range"


def program(seed: int) -> str:
    rnd = random.Random(seed)
    ints = ["0", "1", "-1", "2", "3", "-7", "10", "255", "-256", "1000003", "2147483648", "-2147483648", "9007199254740993"]
    floats = ["0.0", "-0.0", "1.5", "-2.25", "0.1", "1e-05", "3e+16", "1e+300", "-7.0", "2.5", "0.3333333333333333"]

    def expr(depth: int, kind: str) -> str:
        if depth == 0:
            if kind == "i":
                return rnd.choice(ints + [str(rnd.randint(-10**6, 10**6))])
            return rnd.choice(floats + [repr(rnd.uniform(-1e3, 1e3))])
        if kind == "i":
            op = rnd.choice(["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"])
            right = str(rnd.randint(0, 20)) if op in ("<<", ">>") else expr(depth - 1, "i")
            return f"({expr(depth - 1, 'i')} {op} {right})"
        op = rnd.choice(["+", "-", "*", "/", "//", "%"])
        ka, kb = rnd.choice([("f", "f"), ("i", "f"), ("f", "i")])
        return f"({expr(depth - 1, ka)} {op} {expr(depth - 1, kb)})"

    lines = []
    for _ in range(40):
        kind = rnd.choice("if")
        e = expr(rnd.randint(1, 3), kind)
        lines.append(f"print({e})")
        if kind == "f":
            lines.append(f"print(round({e}, 3), int(abs({e}) % 1000.0))")
    return "\n".join(lines) + "\n"


def run(cmd: list[str]) -> tuple[int, str, str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    return proc.returncode, proc.stdout, lines[-1] if lines else ""


def main() -> int:
    args = sys.argv[1:]
    jcvm = args[0]
    seeds = int(args[args.index("--seeds") + 1]) if "--seeds" in args else 40
    first = int(args[args.index("--first") + 1]) if "--first" in args else 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.py")
        for seed in range(first, first + seeds):
            with open(path, "w") as f:
                f.write(program(seed))
            py_code, py_out, py_err = run([sys.executable, path])
            j_code, j_out, j_err = run([jcvm, "run", path])
            if j_err == OVERFLOW and j_code == 1:
                ok = py_out.startswith(j_out)
            else:
                ok = (py_code, py_out, py_err) == (j_code, j_out, j_err)
            if not ok:
                failures.append(f"seed {seed}: CPython exit {py_code} '{py_err}', jcvm exit {j_code} '{j_err}'")
    print(f"differential: {seeds - len(failures)} passed, {len(failures)} failed")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
