#!/usr/bin/env python3
"""Side-by-side timing of benches/programs and the classic corpus programs
(at their benchmark sizes, CLASSIC_SIZES) under CPython and jcvm (stdlib only).

Each program runs under `python3` and under `jcvm run <mode>` for every mode
(default `--jit off`; add more with `--mode "--jit eager"`), optionally also
under peers: PyPy, mypyc (the same .py compiled by mypyc) and hand-written
Rust versions (benches/rust/), interleaved, `--runs` times each, whole
processes. Every output must equal CPython's byte for byte. The result is a
Markdown table of medians and speed-ups (CPython time / other time).
benches/peers.sh installs the peers and runs all of them.

    python3 benches/compare.py                       # all programs, 5 runs
    python3 benches/compare.py nbody points:4 --runs 3 --mode "--jit eager"
    python3 benches/compare.py --pypy /usr/bin/pypy3 --jcvm target/release/jcvm
    python3 benches/compare.py --mypyc target/peers-venv/bin/mypyc \
        --rust benches/rust/target/release

mypyc: each program is compiled once, before any timing, in a temporary
directory (a copy whose `if __name__ == "__main__":` guard reads `if True:`,
since a compiled module is imported, not run as a script); a run is
`python -c "import <module>"` with sys.argv set to the program's path and
arguments, under the Python next to mypyc (the CPython that built the
module). Rust: the binary named after the program (`DIR/nbody` for
nbody.py), with the same arguments. A peer that cannot run a program (a
mypyc compile error, no Rust version) shows n/a, with the reason below the
table; that is not a failure.

A program may be named as `nbody`, `nbody.py` or a path; `name:ARG` passes ARG
as the program's sys.argv[1] (its size). A jcvm failure shows as FAIL in the
table, with the stderr tail below it; an output that differs from CPython's
shows as MISMATCH. The exit status is 1 if anything failed or mismatched.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "programs"
CORPUS = ROOT / "tests" / "corpus"
# The classic benchmark programs that run under jcvm live in the test corpus
# (their default is the corpus's small size); this is the size each is timed at.
CLASSIC_SIZES = {
    "classic_richards": "15",
    "classic_float": "500000",
    "classic_nbody": "100000",
    "classic_fannkuch": "9",
    "classic_spectral_norm": "250",
    "classic_pystone": "200000",
    "classic_nqueens": "9",
    "classic_go": "700",
}
SHIM = ROOT / "tests" / "shim"


@dataclass
class Runner:
    label: str
    argv: list[str]  # command prefix; the program path and its args follow
    python_like: bool  # needs the `jcvm` shim on PYTHONPATH
    # For peers that do not run the .py itself: the whole command for a
    # program, or a str saying why the peer cannot run it (shown as n/a).
    command_for: Callable[["Program"], list[str] | str] | None = None

    def command(self, program: "Program") -> list[str] | str:
        if self.command_for is not None:
            return self.command_for(program)
        return self.argv + [str(program.path)] + program.args


@dataclass
class Cell:
    times: list[float] = field(default_factory=list)
    status: str = "ok"  # ok | FAIL | MISMATCH | n/a (a peer that cannot run it)
    detail: str = ""  # stderr tail or diff, for the notes below the table
    short: str = ""  # one line for the table cell

    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None


@dataclass
class Program:
    name: str
    path: Path
    args: list[str]


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    p.add_argument("programs", nargs="*", help="programs to run (default: all in benches/programs and the classics)")
    p.add_argument("--jcvm", default=str(ROOT / "target" / "release" / "jcvm"), help="jcvm binary")
    p.add_argument(
        "--mode",
        action="append",
        default=[],
        metavar="FLAGS",
        help='extra jcvm mode, e.g. "--jit eager" (repeatable; "--jit off" is always run)',
    )
    p.add_argument("--runs", type=int, default=5, help="runs per program and runner (default 5)")
    p.add_argument("--python", default="python3", help="the CPython interpreter (default python3)")
    p.add_argument("--pypy", default=None, metavar="PATH", help="also time this PyPy")
    p.add_argument(
        "--mypyc",
        default=None,
        metavar="PATH",
        help="also time each program compiled by this mypyc (run under the python next to it)",
    )
    p.add_argument(
        "--mypyc-python",
        default=None,
        metavar="PATH",
        help="the CPython that loads the mypyc modules (default: the python next to mypyc, else --python)",
    )
    p.add_argument(
        "--rust",
        default=None,
        metavar="DIR",
        help="also time the hand-written Rust binaries in DIR, one per program name (benches/rust/target/release)",
    )
    p.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per run (default 600)")
    p.add_argument("--quiet", action="store_true", help="no per-run progress on stderr")
    return p.parse_args()


def find_programs(names: list[str]) -> list[Program]:
    if not names:
        programs = [Program(p.stem, p, []) for p in sorted(PROGRAMS.glob("*.py"))]
        for name, size in CLASSIC_SIZES.items():
            programs.append(Program(f"{name}:{size}", CORPUS / f"{name}.py", [size]))
        return programs
    programs = []
    for spec in names:
        name, sep, arg = spec.partition(":")
        args = [arg] if sep else []
        candidates = [Path(name), PROGRAMS / name, PROGRAMS / (name + ".py"), CORPUS / (name + ".py")]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            sys.exit(f"compare.py: no such program: {name} (looked in {PROGRAMS} and {CORPUS})")
        programs.append(Program(path.stem + (f":{arg}" if sep else ""), path.resolve(), args))
    return programs


def tail(text: str, lines: int = 12, chars: int = 1500) -> str:
    text = text.rstrip()
    out = "\n".join(text.splitlines()[-lines:])
    return out[-chars:]


def first_difference(expected: str, got: str) -> str:
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<end of output>"
        g = got_lines[i] if i < len(got_lines) else "<end of output>"
        if e != g:
            return f"line {i + 1}: CPython {e!r}\n{' ' * (len(str(i + 1)) + 7)}   got {g!r}"
    return "outputs differ in line endings or a trailing newline: " + f"{expected[-40:]!r} vs {got[-40:]!r}"


MAIN_GUARD = re.compile(r"""^if\s+__name__\s*==\s*(['"])__main__\1\s*:""", re.MULTILINE)

# Runs a mypyc-compiled module as the program: argv[1] is the program's path
# (for sys.argv[0]), argv[2] the directory of the module, argv[3] its name.
MYPYC_DRIVER = (
    "import sys; _d, _m = sys.argv[2], sys.argv[3]; "
    "sys.argv[:] = [sys.argv[1]] + sys.argv[4:]; sys.path.insert(0, _d); "
    "__import__(_m)"
)


class Mypyc:
    """Compiles each program once with mypyc into a temporary directory."""

    def __init__(self, mypyc: str, python: str, timeout: float, quiet: bool) -> None:
        self.mypyc = mypyc
        self.python = python
        self.timeout = timeout
        self.quiet = quiet
        self.tmp = tempfile.TemporaryDirectory(prefix="jcvm-mypyc-")
        self.built: dict[Path, Path | str] = {}  # source -> module dir, or why not

    def compile(self, program: Program) -> Path | str:
        if program.path in self.built:
            return self.built[program.path]
        module = program.path.stem
        out = Path(self.tmp.name) / f"{len(self.built)}-{module}"
        out.mkdir()
        result: Path | str
        if not module.isidentifier():
            result = f"{module!r} is not a module name"
        else:
            source = program.path.read_text(encoding="utf-8")
            (out / f"{module}.py").write_text(MAIN_GUARD.sub("if True:", source), encoding="utf-8")
            if not self.quiet:
                print(f"[mypyc] compiling {program.path.name}", file=sys.stderr, flush=True)
            try:
                proc = subprocess.run(
                    [self.mypyc, f"{module}.py"],
                    cwd=out,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=self.timeout,
                )
                ok = proc.returncode == 0 and (any(out.glob(f"{module}.*.so")) or any(out.glob(f"{module}.*.pyd")))
                text = (proc.stdout + proc.stderr).decode("utf-8", "replace")
            except (OSError, subprocess.TimeoutExpired) as e:
                ok, text = False, str(e)
            if ok:
                # Only the compiled module may be imported.
                (out / f"{module}.py").unlink()
                shutil.rmtree(out / "build", ignore_errors=True)
                result = out
            else:
                lines = [l.strip() for l in text.splitlines() if l.strip()]
                first = next((l for l in lines if "error" in l), lines[-1] if lines else "no output")
                result = f"mypyc could not compile it: {first[:200]}"
        self.built[program.path] = result
        return result

    def command(self, program: Program) -> list[str] | str:
        built = self.compile(program)
        if isinstance(built, str):
            return built
        return [self.python, "-c", MYPYC_DRIVER, str(program.path), str(built), program.path.stem, *program.args]


def rust_command(directory: Path) -> Callable[[Program], list[str] | str]:
    def command(program: Program) -> list[str] | str:
        binary = directory / program.path.stem
        if not (binary.is_file() and os.access(binary, os.X_OK)):
            return f"no Rust version ({binary} does not exist)"
        return [str(binary), *program.args]

    return command


def run_once(runner: Runner, program: Program, timeout: float, env: dict[str, str]):
    """Returns (seconds, returncode or None on timeout/launch failure, stdout, stderr)."""
    cmd = runner.command(program)
    assert not isinstance(cmd, str)
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            env=env if runner.python_like else None,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired as e:
        err = (e.stderr or b"").decode("utf-8", "replace")
        return time.perf_counter() - start, None, "", f"timed out after {timeout:g} s\n{err}"
    except OSError as e:
        return 0.0, None, "", f"could not run {shlex.join(cmd)}: {e}"
    elapsed = time.perf_counter() - start
    return (
        elapsed,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def describe_rc(rc: int | None) -> str:
    if rc is None:
        return "did not finish"
    if rc < 0:
        return f"killed by signal {-rc}"
    return f"exit {rc}"


def fmt_time(cell: Cell) -> str:
    if cell.status == "n/a":
        return "n/a"
    if cell.status != "ok":
        return f"{cell.status}: {cell.short}" if cell.short else cell.status
    m = cell.median()
    return "-" if m is None else f"{m:.3f}"


def fmt_speedup(base: Cell, cell: Cell) -> str:
    b, c = base.median(), cell.median()
    if base.status != "ok" or cell.status != "ok" or not b or not c:
        return "-"
    return f"{b / c:.2f}x"


def md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def main() -> int:
    args = parse_args()
    if args.runs < 1:
        sys.exit("compare.py: --runs must be at least 1")
    programs = find_programs(args.programs)
    if not programs:
        sys.exit(f"compare.py: no programs in {PROGRAMS}")

    jcvm = Path(args.jcvm)
    if not jcvm.is_file():
        sys.exit(f"compare.py: no jcvm binary at {jcvm} (build it: cargo build --release --bin jcvm)")
    modes = ["--jit off"]
    for m in args.mode:
        if m not in modes:
            modes.append(m)

    runners = [Runner("CPython", [args.python], True)]
    for m in modes:
        runners.append(Runner(f"jcvm {m}", [str(jcvm), "run", *shlex.split(m)], False))
    if args.pypy:
        runners.append(Runner("PyPy", [args.pypy], True))
    mypyc: Mypyc | None = None
    if args.mypyc:
        # Absolute paths (mypyc runs in the temporary directory), without
        # resolving symlinks (a venv's python is a symlink to its base).
        mypyc_exe = shutil.which(args.mypyc) or args.mypyc
        mypyc_exe = os.path.abspath(mypyc_exe) if os.sep in mypyc_exe else mypyc_exe
        mypyc_python = args.mypyc_python
        if mypyc_python is None:
            beside = Path(mypyc_exe).parent / "python"
            mypyc_python = str(beside) if beside.is_file() else args.python
        if os.sep in mypyc_python:
            mypyc_python = os.path.abspath(mypyc_python)
        mypyc = Mypyc(mypyc_exe, mypyc_python, args.timeout, args.quiet)
        runners.append(Runner("mypyc", [mypyc_python], True, mypyc.command))
    if args.rust:
        rust_dir = Path(args.rust).resolve()
        if not rust_dir.is_dir():
            sys.exit(f"compare.py: --rust {args.rust}: not a directory (build: cargo build --release --manifest-path benches/rust/Cargo.toml)")
        runners.append(Runner("Rust", [], False, rust_command(rust_dir)))

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SHIM), env.get("PYTHONPATH", "")]))

    results: dict[str, dict[str, Cell]] = {}
    cpython_broken = False
    # Peers that cannot run a program show n/a; mypyc compiles everything
    # here, before any timing.
    unavailable: dict[str, dict[str, str]] = {}
    for program in programs:
        for runner in runners:
            cmd = runner.command(program)
            if isinstance(cmd, str):
                unavailable.setdefault(program.name, {})[runner.label] = cmd
    for program in programs:
        cells = {r.label: Cell() for r in runners}
        results[program.name] = cells
        for label, why in unavailable.get(program.name, {}).items():
            cells[label].status = "n/a"
            cells[label].detail = why
        expected: str | None = None
        for run in range(args.runs):
            for runner in runners:
                cell = cells[runner.label]
                if cell.status != "ok":
                    continue
                secs, rc, out, err = run_once(runner, program, args.timeout, env)
                if not args.quiet:
                    print(
                        f"[{program.name} {run + 1}/{args.runs}] {runner.label}: "
                        + (f"{secs:.3f} s" if rc == 0 else describe_rc(rc)),
                        file=sys.stderr,
                        flush=True,
                    )
                if rc != 0:
                    cell.status = "FAIL"
                    lines = [l.strip() for l in err.splitlines() if l.strip()]
                    last = next((l for l in reversed(lines) if "rror" in l), lines[-1] if lines else "")
                    cell.short = f"{describe_rc(rc)}, {last[:120]}" if last else describe_rc(rc)
                    cell.detail = f"{describe_rc(rc)}; stderr tail:\n{tail(err)}"
                    cell.times.clear()
                    if runner.label == "CPython":
                        cpython_broken = True
                    continue
                if runner.label == "CPython":
                    if expected is None:
                        expected = out
                    elif out != expected:
                        cell.status = "MISMATCH"
                        cell.short = "CPython output not deterministic"
                        cell.detail = first_difference(expected, out)
                        cpython_broken = True
                        continue
                elif expected is not None and out != expected:
                    cell.status = "MISMATCH"
                    cell.short = "output differs from CPython"
                    cell.detail = first_difference(expected, out)
                    cell.times.clear()
                    print(
                        f"compare.py: {runner.label} output of {program.name} differs from CPython's:\n"
                        f"  {cell.detail}",
                        file=sys.stderr,
                        flush=True,
                    )
                    continue
                cell.times.append(secs)
            if cells["CPython"].status != "ok":
                break  # no reference output, nothing to compare against

    # The table.
    header = ["program", "CPython (s)"]
    for r in runners[1:]:
        header += [f"{r.label} (s)", f"speed-up ({r.label})"]
    rows = [header, ["---"] + ["---:"] * (len(header) - 1)]
    for program in programs:
        cells = results[program.name]
        base = cells["CPython"]
        row = [program.name, fmt_time(base)]
        for r in runners[1:]:
            row += [fmt_time(cells[r.label]), fmt_speedup(base, cells[r.label])]
        rows.append([md_escape(c) for c in row])

    cmd = shlex.join([Path(sys.executable).name, *sys.argv])
    print(f"Command: `{cmd}`  ")
    print(
        f"Medians of {args.runs} interleaved runs (wall-clock seconds, whole process); "
        f"speed-up = CPython / other. CPython: `{args.python}` "
        f"({version_of([args.python, '--version'])}), jcvm: `{jcvm}`"
        + (f", PyPy: `{args.pypy}` ({version_of([args.pypy, '--version'])})" if args.pypy else "")
        + (
            # (`mypyc --version` would compile a module named --version.)
            f", mypyc: `{args.mypyc}` ({version_of([mypyc.python, '-m', 'mypy', '--version'])}) under `{mypyc.python}`"
            if mypyc
            else ""
        )
        + (f", Rust: `{args.rust}` ({version_of(['rustc', '--version'])})" if args.rust else "")
        + f"; {platform.machine()} {platform.system()}, {os.cpu_count()} CPUs."
    )
    print()
    for row in rows:
        print("| " + " | ".join(row) + " |")

    problems = [
        (program.name, label, cell)
        for program in programs
        for label, cell in results[program.name].items()
        if cell.status not in ("ok", "n/a")
    ]
    missing = [
        (program.name, label, cell)
        for program in programs
        for label, cell in results[program.name].items()
        if cell.status == "n/a"
    ]
    if missing:
        print()
        print("Not available (n/a, not a failure):")
        for name, label, cell in missing:
            print(f"- {name} under {label}: {md_escape(cell.detail)}")
    if problems:
        print()
        print("Failures:")
        for name, label, cell in problems:
            print()
            print(f"- {name} under {label}: {cell.status}")
            print("  ```")
            for line in cell.detail.splitlines():
                print(f"  {line}")
            print("  ```")
    if cpython_broken:
        print("compare.py: a program failed under CPython itself", file=sys.stderr)
    if mypyc is not None:
        mypyc.tmp.cleanup()
    return 1 if problems else 0


def version_of(cmd: list[str]) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=30)
        text = (p.stdout or p.stderr).decode("utf-8", "replace").strip()
        return text.splitlines()[0] if text else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


if __name__ == "__main__":
    sys.exit(main())
