#!/usr/bin/env python3
"""Regenerate (or check) the corpus's expected outputs with CPython, the oracle.

    python3 tests/gen_expected.py            # rewrite every tests/corpus/*.expected
    python3 tests/gen_expected.py --check    # exit 1 if any is stale or missing
    python3 tests/gen_expected.py NAME ...   # only these programs

Each `<name>.expected` holds the exit code, the exception's last line and the
traceback's frames (function and line, innermost last; a collapsed run of
repeats as CPython prints it) when the program fails, and stdout verbatim:

    exit: 1
    error: ZeroDivisionError: division by zero
    frame: <module> 9
    frame: divide 4
    --- stdout
    ...
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")
SHIM = os.path.join(ROOT, "tests", "shim")


def expected_for(path: str) -> str:
    env = dict(os.environ, PYTHONPATH=SHIM, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, path],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
    )
    out = [f"exit: {proc.returncode}\n"]
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        out.append(f"error: {lines[-1] if lines else ''}\n")
        out.extend(f"frame: {frame}\n" for frame in traceback_frames(lines))
    out.append("--- stdout\n")
    return "".join(out) + proc.stdout.decode("utf-8", "replace")


FRAME = re.compile(r'^  File ".*", line (\d+), in (.+)$')
REPEATED = re.compile(r"^  \[Previous line repeated (\d+) more times?\]$")


def traceback_frames(stderr_lines: list[str]) -> list[str]:
    """`function line` for each traceback entry, `repeated N` for a collapsed run."""
    frames = []
    for line in stderr_lines:
        if m := FRAME.match(line):
            frames.append(f"{m.group(2)} {m.group(1)}")
        elif m := REPEATED.match(line):
            frames.append(f"repeated {m.group(1)}")
    return frames


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv[1:]
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))
    if args:
        names = [n for n in names if n in args]
    stale = []
    for name in names:
        want = expected_for(os.path.join(CORPUS, name + ".py"))
        target = os.path.join(CORPUS, name + ".expected")
        have = open(target, encoding="utf-8").read() if os.path.exists(target) else None
        if have != want:
            stale.append(name)
            if not check:
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(want)
    for f in os.listdir(CORPUS):
        if f.endswith(".expected") and f[:-9] not in names and not args:
            stale.append(f[:-9] + " (orphan .expected)")
    if check and stale:
        print("stale expected outputs (run python3 tests/gen_expected.py):", *stale, sep="\n  ")
        return 1
    print(f"{len(names)} programs, {len(stale)} {'stale' if check else 'updated'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
