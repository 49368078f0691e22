#!/usr/bin/env python3
"""Side-by-side timing of two or more jcvm binaries (an A/B of one change).

Runs every program under each binary in turn, `--runs` rounds, and prints the
median CPU time (user + system, of the whole process) of each binary and its
ratio to the first. CPU time moves less than wall-clock time on a shared
machine; the rounds interleave the binaries, so a slow minute hits all of
them alike. `--wall` times wall-clock instead: a change that moves work to
or from the compile threads (which CPU time counts wherever it runs) needs it.
Outputs are not checked (compare.py does that).

`--pause S` sleeps S seconds before each run, as a run in compare.py
follows a long CPython run: on this machine memory freed more than about
two seconds earlier is handed back to the host and costs more to touch
again (BENCHMARKS.md, "Start-up").

    python3 benches/ab.py OLD_BINARY target/release/jcvm
    python3 benches/ab.py --mode "--jit auto" --runs 7 OLD NEW nbody classic_fannkuch:9

Programs are named as in compare.py (`name` or `name:ARG`); the default is
every program of benches/programs and the classic programs at their
benchmark sizes (compare.CLASSIC_SIZES). The mode defaults to `--jit off`.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))
from compare import CLASSIC_SIZES  # noqa: E402


def program_path(name: str) -> Path:
    """The program's file: a path as given, else benches/programs first, then the corpus."""
    if name.endswith(".py") and Path(name).is_file():
        return Path(name)
    for folder in (ROOT / "benches" / "programs", ROOT / "tests" / "corpus"):
        path = folder / f"{name}.py"
        if path.exists():
            return path
    raise SystemExit(f"ab.py: no program named {name}")


def seconds(argv: list[str], wall: bool) -> float:
    """The CPU time (or with `wall`, the wall-clock time) of one whole run of
    `argv` (which must succeed)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"ab.py: {' '.join(argv)} failed ({status})")
    return elapsed if wall else usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binaries", nargs="+", help="jcvm binaries, then programs (name or name:ARG)")
    parser.add_argument("--mode", default="--jit off", help='jcvm flags (default "--jit off")')
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds to sleep before each run (default 0)")
    parser.add_argument(
        "--wall", action="store_true", help="wall-clock seconds instead of CPU seconds (for work on other threads)"
    )
    args = parser.parse_args()
    binaries = [b for b in args.binaries if Path(b).is_file() and os.access(b, os.X_OK)]
    programs = [p for p in args.binaries if p not in binaries]
    if len(binaries) < 2:
        raise SystemExit("ab.py: name at least two jcvm binaries")
    if not programs:
        programs = sorted(p.stem for p in (ROOT / "benches" / "programs").glob("*.py"))
        programs += [f"{name}:{size}" for name, size in CLASSIC_SIZES.items()]
    pause = f", {args.pause:g} s pause before each" if args.pause else ""
    clock = "wall-clock" if args.wall else "CPU"
    print(f"ab.py: medians of {args.runs} interleaved runs{pause}, {clock} seconds, `jcvm run {args.mode}`; ratio to the first")
    print("| program | " + " | ".join(binaries) + " |")
    print("| --- |" + " ---: |" * len(binaries))
    for spec in programs:
        name, _, size = spec.partition(":")
        argv_tail = [str(program_path(name))] + ([size] if size else [])
        times: dict[str, list[float]] = {b: [] for b in binaries}
        for _ in range(args.runs):
            for b in binaries:
                time.sleep(args.pause)
                times[b].append(seconds([b, "run", *args.mode.split(), *argv_tail], args.wall))
        medians = [statistics.median(times[b]) for b in binaries]
        cells = [f"{m:.3f} ({m / medians[0]:.2f})" for m in medians]
        print(f"| {spec} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
