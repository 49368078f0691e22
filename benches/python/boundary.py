"""Python → native boundary costs, measured from Python: field read, field
write, a trivial method call and a constructor call on a jitclass, against
the same class with __slots__ (and a Numba jitclass when numba is installed:
it is a bench-only peer, never a test dependency). Also the cold start:
import + decorate + construct + first call of a 10-method class.

Run: make bench-python   (or: .venv/bin/python benches/python/boundary.py)
Prints ns per operation (median of 7 repeats, the timing loop included)."""

import statistics
import subprocess
import sys
import textwrap
import timeit

from jcvm import jitclass

N = 200_000


@jitclass
class JPoint:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def get_x(self) -> float:
        return self.x


class SPoint:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def get_x(self) -> float:
        return self.x


def numba_point():
    try:
        from numba import float64
        from numba.experimental import jitclass as numba_jitclass
    except ImportError:
        return None

    @numba_jitclass([("x", float64), ("y", float64)])
    class NPoint:
        def __init__(self, x, y):
            self.x = x
            self.y = y

        def get_x(self):
            return self.x

    p = NPoint(1.0, 2.0)
    p.get_x()
    return NPoint


def ns_per_op(stmt: str, env: dict) -> float:
    timer = timeit.Timer(stmt, globals=env)
    runs = timer.repeat(repeat=7, number=N)
    return statistics.median(runs) / N * 1e9


def measure(cls) -> dict:
    env = {"p": cls(1.0, 2.0), "cls": cls}
    return {
        "field read": ns_per_op("p.x", env),
        "field write": ns_per_op("p.x = 3.0", env),
        "method call": ns_per_op("p.get_x()", env),
        "constructor": ns_per_op("cls(1.0, 2.0)", env),
    }


COLD = textwrap.dedent(
    '''
    import time
    t0 = time.perf_counter()
    from jcvm import jitclass

    @jitclass
    class Ten:
        a: float
        b: int
        def __init__(self, a: float, b: int) -> None:
            self.a = a
            self.b = b
        def m0(self) -> float: return self.a + 0
        def m1(self) -> float: return self.a + 1
        def m2(self) -> float: return self.a + 2
        def m3(self) -> float: return self.a + 3
        def m4(self) -> float: return self.a + 4
        def m5(self) -> int: return self.b + 5
        def m6(self) -> int: return self.b + 6
        def m7(self) -> int: return self.b + 7
        def m8(self) -> int: return self.b + 8
        def m9(self, k: int) -> int: return self.b * k

    Ten(1.0, 2).m9(3)
    print((time.perf_counter() - t0) * 1000)
    '''
)


def cold_start_ms() -> float:
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "cold.py")
        with open(path, "w") as f:
            f.write(COLD)
        times = [float(subprocess.check_output([sys.executable, path], text=True)) for _ in range(7)]
    return statistics.median(times)


def main() -> None:
    rows = {"jcvm @jitclass": measure(JPoint), "__slots__ class": measure(SPoint)}
    npoint = numba_point()
    if npoint is not None:
        rows["numba jitclass"] = measure(npoint)
    ops = list(next(iter(rows.values())))
    print(f"{'ns/op (median of 7)':24}" + "".join(f"{op:>14}" for op in ops))
    for name, row in rows.items():
        print(f"{name:24}" + "".join(f"{row[op]:14.1f}" for op in ops))
    print(f"cold start (import + decorate + construct + first call, 10 methods): {cold_start_ms():.2f} ms")


if __name__ == "__main__":
    main()
