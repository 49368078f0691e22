"""A small gravity simulation, decorated with @jitclass: run it with and
without jcvm and compare the per-batch times.

    python examples/gravity.py           # jcvm, then plain CPython for comparison
    python examples/gravity.py --plain   # plain CPython only

Every batch calls World.advance, whose loops run inside jcvm; the first
batch includes compiling the classes."""

import math
import os
import subprocess
import sys
import time
from typing import List

PLAIN = "--plain" in sys.argv

if PLAIN:

    def jitclass(cls):
        return cls

else:
    from jcvm import jitclass


@jitclass
class Vec:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add_scaled(self, other: "Vec", k: float) -> None:
        self.x += other.x * k
        self.y += other.y * k

    def norm(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y)


@jitclass
class Body:
    pos: Vec
    vel: Vec
    mass: float

    def __init__(self, x: float, y: float, vx: float, vy: float, mass: float) -> None:
        self.pos = Vec(x, y)
        self.vel = Vec(vx, vy)
        self.mass = mass

    def kinetic(self) -> float:
        v = self.vel.norm()
        return 0.5 * self.mass * v * v


@jitclass
class World:
    bodies: List[Body]
    time: float

    def __init__(self, n: int) -> None:
        self.bodies = []
        self.time = 0.0
        for i in range(n):
            angle = 2.0 * math.pi * i / n
            r = 1.0 + 0.1 * (i % 7)
            speed = 1.0 / math.sqrt(r)
            self.bodies.append(
                Body(r * math.cos(angle), r * math.sin(angle), -speed * math.sin(angle), speed * math.cos(angle), 1.0 / n)
            )

    def advance(self, dt: float, steps: int) -> None:
        for _ in range(steps):
            for b in self.bodies:
                ax = 0.0
                ay = 0.0
                for o in self.bodies:
                    if o is b:
                        continue
                    dx = o.pos.x - b.pos.x
                    dy = o.pos.y - b.pos.y
                    d2 = dx * dx + dy * dy + 0.01
                    f = o.mass / (d2 * math.sqrt(d2))
                    ax += dx * f
                    ay += dy * f
                b.vel.x += ax * dt
                b.vel.y += ay * dt
            for b in self.bodies:
                b.pos.add_scaled(b.vel, dt)
            self.time += dt

    def energy(self) -> float:
        e = 0.0
        for b in self.bodies:
            e += b.kinetic()
        return e


def main() -> None:
    label = "CPython (no decorators)" if PLAIN else "jcvm @jitclass"
    start = time.perf_counter()
    world = World(40)
    for batch in range(6):
        t0 = time.perf_counter()
        world.advance(0.001, 60)
        ms = (time.perf_counter() - t0) * 1000
        print(f"{label:24} batch {batch}: {ms:8.2f} ms  energy {world.energy():.12f}")
    total = (time.perf_counter() - start) * 1000
    print(f"{label:24} total {total:.1f} ms, simulated time {world.time:.3f}")
    if not PLAIN:
        print()
        subprocess.run([sys.executable, os.path.abspath(__file__), "--plain"], check=True)


if __name__ == "__main__":
    main()
