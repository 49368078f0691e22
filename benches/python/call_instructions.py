"""Instructions per method call from Python, jitclass against a __slots__
class, counted by callgrind (repeatable on a noisy machine).

Run: bash benches/python/call_instructions.sh   (uses target/venv)
This file is the program callgrind runs: `python call_instructions.py N KIND
METHOD` calls METHOD (`get_x`: `return self.x`, which jcvm reads in place;
`scaled`: `return self.x * k`, a real call) N times in a module-level loop,
after a warm-up of 5,000 calls, on a `jitclass` or `slots` instance."""

import sys

from jcvm import jitclass


@jitclass
class JPoint:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def get_x(self) -> float:
        return self.x

    def scaled(self, k: float) -> float:
        return self.x * k


class SPoint:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def get_x(self) -> float:
        return self.x

    def scaled(self, k: float) -> float:
        return self.x * k


p = (SPoint if sys.argv[2] == "slots" else JPoint)(1.0, 2.0)
if sys.argv[3] == "get_x":
    for _ in range(5000):
        p.get_x()
    for _ in range(int(sys.argv[1])):
        p.get_x()
else:
    for _ in range(5000):
        p.scaled(2.0)
    for _ in range(int(sys.argv[1])):
        p.scaled(2.0)
