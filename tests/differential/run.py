#!/usr/bin/env python3
"""Differential test: random typed programs (gen.py), jcvm against CPython.

    python3 tests/differential/run.py JCVM [--count N] [--first S] [--jobs J]
        [--shapes a,b,...] [--with a,b] [--without a,b] [--no-frames]
        [--keep DIR] [--minimize] [--show SEED] [--quiet] [--gc-stress]
        [--flags "JCVM RUN FLAGS"]

Each seed makes one program (`gen.program(seed, shapes)`), runs it under
CPython (`sys.executable`) and under `JCVM run`, and requires the same exit
code, the same stdout (bytes), the same last line of stderr (the exception)
and, unless --no-frames, the same traceback frames (function and line of each
entry). One outcome is accepted although the outputs differ:

  * jcvm stops with its 64-bit OverflowError where CPython computes a big int:
    jcvm's stdout must then be a prefix of CPython's (counted as `overflow`);
    or an `except` catches that OverflowError and prints it: the outputs must
    agree up to the line where jcvm prints its message.

A program jcvm refuses (exit 2) fails, since the default shapes only use
what jcvm supports (`--with NAME` turns on the others, listed with their
reason in gen.OFF_SHAPES), and so does one CPython rejects (a generator bug).

Defaults: the shapes of gen.default_shapes(), JCVM_DIFF_COUNT programs (300
when unset) from seed JCVM_DIFF_FIRST (1), JCVM_DIFF_SHAPES / JCVM_DIFF_WITH
as --shapes / --with. Prints one summary line, then each failure with its
first difference; --keep writes failing programs (and, with --minimize, a
minimized version: statements dropped while the same kind of difference
remains) to DIR. `--show SEED` prints the program of one seed. --gc-stress
runs jcvm with a collection at every allocation; --flags (or JCVM_DIFF_FLAGS)
passes more `jcvm run` flags, such as `--jit eager`.
"""

import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import time
from typing import Optional

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

OVERFLOW_MESSAGE = b"integer result out of 64-bit range"
OVERFLOW = "OverflowError: " + OVERFLOW_MESSAGE.decode()
TIMEOUT = 30


class Outcome:
    def __init__(self, code: int, stdout: bytes, stderr: bytes):
        self.code = code
        self.stdout = stdout
        self.stderr = stderr.decode("utf-8", "replace")
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        self.last = lines[-1] if lines else ""
        self.frames = traceback_frames(self.stderr)

    def key(self, frames: bool):
        return (self.code, self.stdout, self.last, self.frames if frames else None)


def traceback_frames(stderr: str) -> list[str]:
    """Function and line of each traceback entry (as tests/corpus.rs)."""
    frames = []
    for line in stderr.splitlines():
        m = re.match(r'\s*File "[^"]*", line (\d+), in (.+)$', line)
        if m:
            frames.append(f"{m.group(2)} {m.group(1)}")
            continue
        m = re.match(r"\s*\[Previous line repeated (\d+) more times?\]", line)
        if m:
            frames.append(f"repeated {m.group(1)}")
    return frames


# jcvm hashes strs as CPython does with PYTHONHASHSEED=0 (a set of strs prints
# in that order), so the oracle runs with it.
CPYTHON_ENV = dict(os.environ, PYTHONHASHSEED="0")


def run(cmd: list[str], env: Optional[dict[str, str]] = None) -> Outcome:
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return Outcome(-999, b"", b"timeout")
    return Outcome(proc.returncode, proc.stdout, proc.stderr)


JCVM_FLAGS: list[str] = []  # e.g. --gc-stress


def run_both(jcvm: str, path: str) -> tuple[Outcome, Outcome]:
    # -S: no site import (faster start, same semantics for these programs)
    return run([sys.executable, "-S", path], CPYTHON_ENV), run([jcvm, "run", *JCVM_FLAGS, path])


def classify(py: Outcome, jv: Outcome, frames: bool) -> str:
    """'pass', 'overflow', 'refused', 'generator' (CPython rejects the program) or 'fail'."""
    if py.code != 0 and any(py.last.startswith(e) for e in ("SyntaxError", "IndentationError", "NameError", "TypeError: unsupported", "UnboundLocalError: cannot access local variable 'frag")):
        return "generator"
    if py.key(frames) == jv.key(frames):
        return "pass"
    if jv.code == 1 and jv.last == OVERFLOW and py.stdout.startswith(jv.stdout) and py.last != OVERFLOW:
        return "overflow"
    # the overflow caught by an `except` that prints it: the outputs part where jcvm prints it
    common = os.path.commonprefix([py.stdout, jv.stdout])
    line_start = common.rfind(b"\n") + 1
    first_diff = jv.stdout[line_start:].split(b"\n", 1)[0]
    if OVERFLOW_MESSAGE in first_diff and py.stdout != jv.stdout:
        return "overflow"
    if jv.code == 2:
        return "refused"
    return "fail"


def first_difference(py: Outcome, jv: Outcome, frames: bool) -> str:
    if py.stdout != jv.stdout:
        a = py.stdout.decode("utf-8", "replace").splitlines()
        b = jv.stdout.decode("utf-8", "replace").splitlines()
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else "<end>"
            y = b[i] if i < len(b) else "<end>"
            if x != y:
                return f"stdout line {i + 1}: CPython {x!r}, jcvm {y!r}"
    if py.code != jv.code or py.last != jv.last:
        return f"CPython exit {py.code} {py.last!r}, jcvm exit {jv.code} {jv.last!r}"
    if frames and py.frames != jv.frames:
        return f"traceback frames: CPython {py.frames}, jcvm {jv.frames}"
    return "?"


def diagnostic(jv: Outcome) -> str:
    for line in jv.stderr.splitlines():
        if line.startswith("error"):
            return line
    return jv.last


# --- minimization: drop statements while the same kind of difference remains


def statement_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every line with the deeper-indented lines after it."""
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        ind = len(line) - len(line.lstrip())
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > ind):
            j += 1
        out.append((i, j))
    return out


def difference_kind(py: Outcome, jv: Outcome, frames: bool) -> str:
    verdict = classify(py, jv, frames)
    if verdict != "fail":
        return verdict
    if py.stdout != jv.stdout:
        return "stdout"
    if py.code != jv.code or py.last != jv.last:
        return f"error {py.last.split(':')[0]} / {jv.last.split(':')[0]}"
    return "frames"


def minimize(jcvm: str, source: str, frames: bool, tmp: str) -> str:
    """Greedy statement removal keeping the kind of difference (stdout,
    error or frames) and CPython's exception type."""
    path = os.path.join(tmp, "min.py")

    def outcome(src: str):
        with open(path, "w") as fh:
            fh.write(src)
        return run_both(jcvm, path)

    py0, jv0 = outcome(source)
    target = (difference_kind(py0, jv0, frames), py0.last.split(":")[0])

    def still(src: str) -> bool:
        py, jv = outcome(src)
        return (difference_kind(py, jv, frames), py.last.split(":")[0]) == target

    lines = source.splitlines()
    changed = True
    while changed:
        changed = False
        for (i, j) in reversed(statement_spans(lines)):
            if j > len(lines):
                continue
            cand = lines[:i] + lines[j:]
            # a body left empty gets a `pass`
            if i > 0 and lines[i - 1].rstrip().endswith(":"):
                ind = len(lines[i]) - len(lines[i].lstrip())
                if not (j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) == ind):
                    cand = lines[:i] + [" " * ind + "pass"] + lines[j:]
                    if cand == lines:
                        continue
            if still("\n".join(cand) + "\n"):
                lines = cand
                changed = True
    return "\n".join(lines) + "\n"


def parse_list(value: str) -> list[str]:
    return [v for v in value.split(",") if v]


def main() -> int:
    args = sys.argv[1:]

    def opt(name: str, default):
        if name in args:
            i = args.index(name)
            value = args[i + 1]
            del args[i:i + 2]
            return value
        return default

    def flag(name: str) -> bool:
        if name in args:
            args.remove(name)
            return True
        return False

    count = int(opt("--count", os.environ.get("JCVM_DIFF_COUNT", "300")))
    first = int(opt("--first", os.environ.get("JCVM_DIFF_FIRST", "1")))
    jobs = int(opt("--jobs", str(os.cpu_count() or 2)))
    shapes_opt = opt("--shapes", os.environ.get("JCVM_DIFF_SHAPES", ""))
    with_opt = opt("--with", os.environ.get("JCVM_DIFF_WITH", ""))
    without_opt = opt("--without", "")
    keep = opt("--keep", None)
    show = opt("--show", None)
    do_min = flag("--minimize")
    frames = not flag("--no-frames")
    quiet = flag("--quiet")
    if flag("--gc-stress"):
        JCVM_FLAGS.append("--gc-stress")
    JCVM_FLAGS.extend(opt("--flags", os.environ.get("JCVM_DIFF_FLAGS", "")).split())
    shapes = set(parse_list(shapes_opt)) if shapes_opt else gen.default_shapes()
    shapes |= set(parse_list(with_opt))
    shapes -= set(parse_list(without_opt))
    unknown = shapes - set(gen.ALL_SHAPES) - set(gen.OFF_SHAPES)
    if unknown:
        print(f"unknown shapes: {sorted(unknown)}; known: {gen.ALL_SHAPES + list(gen.OFF_SHAPES)}")
        return 2
    if show is not None:
        sys.stdout.write(gen.program(int(show), shapes))
        return 0
    if not args:
        print(__doc__)
        return 2
    jcvm = args[0]
    if keep:
        os.makedirs(keep, exist_ok=True)
    counts = {"pass": 0, "overflow": 0, "refused": 0, "generator": 0, "fail": 0}
    raised = 0
    failures = []
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:

        def one(seed: int):
            source = gen.program(seed, shapes)
            path = os.path.join(tmp, f"p{seed}.py")
            with open(path, "w") as fh:
                fh.write(source)
            py, jv = run_both(jcvm, path)
            os.remove(path)
            return seed, source, py, jv

        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            for seed, source, py, jv in pool.map(one, range(first, first + count)):
                verdict = classify(py, jv, frames)
                counts[verdict] += 1
                if py.code != 0 and verdict == "pass":
                    raised += 1
                if verdict in ("pass", "overflow"):
                    continue
                if verdict == "refused":
                    what = f"refused: {diagnostic(jv)}"
                elif verdict == "generator":
                    what = f"CPython rejects the program: {py.last}"
                else:
                    what = first_difference(py, jv, frames)
                failures.append(f"seed {seed}: {what}")
                if keep:
                    with open(os.path.join(keep, f"seed{seed}.py"), "w") as fh:
                        fh.write(source)
                    if do_min and verdict == "fail":
                        small = minimize(jcvm, source, frames, tmp)
                        with open(os.path.join(keep, f"seed{seed}.min.py"), "w") as fh:
                            fh.write(small)
    elapsed = time.time() - started
    bad = counts["fail"] + counts["refused"] + counts["generator"]
    print(f"differential: {count} programs from seed {first} in {elapsed:.1f}s: {counts['pass'] + counts['overflow']} passed "
          f"({raised} ending in the same uncaught error, {counts['overflow']} in jcvm's 64-bit OverflowError), "
          f"{counts['fail']} failed, {counts['refused']} refused by jcvm, {counts['generator']} rejected by CPython")
    print(f"shapes: {','.join(sorted(shapes))}; jcvm flags: {' '.join(JCVM_FLAGS) or '(none)'}")
    if not quiet:
        for failure in failures:
            print("  " + failure)
    if bad:
        print(f"reproduce: python3 tests/differential/run.py JCVM --show SEED{' --shapes ' + ','.join(sorted(shapes)) if shapes != gen.default_shapes() else ''} > prog.py")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
