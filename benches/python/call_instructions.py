"""Instructions per boundary operation from Python, jitclass against a
__slots__ class, counted by callgrind (repeatable on a noisy machine).

Run: bash benches/python/call_instructions.sh   (uses target/venv)
This file is the program callgrind runs: `python call_instructions.py N KIND
OP` does OP N times in a module-level loop, after a warm-up of 5,000, on a
`jitclass` or `slots` instance. OP is `get_x` (a method that returns
`self.x`, which jcvm reads in place), `scaled` (`return self.x * k`, a real
call), `read` (`p.x`) or `write` (`p.x = 2.5`)."""

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
op = sys.argv[3]
if op == "get_x":
    for _ in range(5000):
        p.get_x()
    for _ in range(int(sys.argv[1])):
        p.get_x()
elif op == "scaled":
    for _ in range(5000):
        p.scaled(2.0)
    for _ in range(int(sys.argv[1])):
        p.scaled(2.0)
elif op == "read":
    for _ in range(5000):
        p.x
    for _ in range(int(sys.argv[1])):
        p.x
else:
    for _ in range(5000):
        p.x = 2.5
    for _ in range(int(sys.argv[1])):
        p.x = 2.5
