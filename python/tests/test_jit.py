"""The compiled tier from Python: `jit="eager"` compiles a class's methods
before their first call, `jit="off"` keeps them interpreted, and both give
the same results, exceptions and tracebacks as the interpreter."""

import traceback
from typing import List

import pytest

import jcvm
from jcvm import jitclass


@jitclass(jit="eager")
class EagerWalker:
    pos: float
    steps: int

    def __init__(self) -> None:
        self.pos = 0.0
        self.steps = 0

    def walk(self, n: int, dx: float) -> float:
        for i in range(n):
            self.pos += dx * (i % 3)
            self.steps += 1
        return self.pos

    def divide(self, by: int) -> int:
        return self.steps // by

    def total(self, xs: List[int]) -> int:
        s = 0
        for x in xs:
            s += x
        return s


@jitclass(jit="off")
class PlainWalker:
    pos: float
    steps: int

    def __init__(self) -> None:
        self.pos = 0.0
        self.steps = 0

    def walk(self, n: int, dx: float) -> float:
        for i in range(n):
            self.pos += dx * (i % 3)
            self.steps += 1
        return self.pos

    def divide(self, by: int) -> int:
        return self.steps // by

    def total(self, xs: List[int]) -> int:
        s = 0
        for x in xs:
            s += x
        return s


def test_eager_class_runs_compiled_code() -> None:
    walker = EagerWalker()
    walker.walk(10, 0.5)
    assert jcvm.stats()["jit_compiled"] >= 3  # __init__, walk, divide, total (and the constructor)


def test_compiled_and_interpreted_agree() -> None:
    fast, slow = EagerWalker(), PlainWalker()
    for n, dx in [(0, 1.0), (7, 0.25), (1000, -1.5), (3, 1e300)]:
        assert fast.walk(n, dx) == slow.walk(n, dx)
        assert fast.steps == slow.steps
    assert fast.total([1, 2, 3, -4]) == slow.total([1, 2, 3, -4]) == 2


def test_compiled_code_raises_like_the_interpreter() -> None:
    fast, slow = EagerWalker(), PlainWalker()
    errors = []
    for walker in (fast, slow):
        with pytest.raises(ZeroDivisionError) as info:
            walker.divide(0)
        errors.append(str(info.value))
        frames = traceback.extract_tb(info.value.__traceback__)
        assert frames[-1].name == "divide"
        assert frames[-1].filename == __file__
    assert errors[0] == errors[1] == "integer division or modulo by zero"


def test_compiled_code_checks_arguments() -> None:
    with pytest.raises(TypeError):
        EagerWalker().walk("3", 1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        EagerWalker().total([1, None])  # type: ignore[list-item]


def test_hot_auto_methods_tier_up_in_the_background() -> None:
    @jitclass
    class HotCounter:
        n: int

        def __init__(self) -> None:
            self.n = 0

        def bump(self) -> int:
            self.n += 1
            return self.n

    c = HotCounter()
    c.n = -1
    assert c.bump() == 0
    # (The first use compiled the class: a new generation, whose tiering starts afresh.)
    before = jcvm.stats()["jit_compiled"]
    # The default policy compiles after 1000 calls, on a background thread; the
    # calls go on meanwhile, and their results never depend on the tier.
    for i in range(1, 2_000_001):
        assert c.bump() == i
        if jcvm.stats()["jit_compiled"] > before:
            break
    else:
        pytest.fail("bump was never compiled")
    for i in range(5):
        assert c.bump() == c.n
