# The main demo: a small particle system in plain, typed Python.
# Run it with `make demo` (jcvm) and compare with `python3 examples/particles.py`.
import math
import sys
from typing import Optional

from jcvm import jitclass


@jitclass
class Particle:
    x: float
    y: float
    vx: float
    vy: float
    alive: bool = True

    def __init__(self, x: float, y: float, vx: float, vy: float) -> None:
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt: float, gravity: float) -> None:
        self.vy -= gravity * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy * 0.9

    def energy(self) -> float:
        return 0.5 * (self.vx * self.vx + self.vy * self.vy) + 9.81 * self.y


@jitclass
class Emitter:
    particles: list[Particle]
    seed: int
    brightest: Optional[Particle] = None

    def __init__(self, seed: int) -> None:
        self.particles = []
        self.seed = seed

    def random(self) -> float:
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed / 2147483648.0

    def emit(self, n: int) -> None:
        for i in range(n):
            angle = self.random() * math.pi
            speed = 5.0 + self.random() * 10.0
            self.particles.append(Particle(0.0, 1.0, speed * math.cos(angle), speed * math.sin(angle)))

    def run(self, steps: int, dt: float) -> float:
        for s in range(steps):
            for p in self.particles:
                p.step(dt, 9.81)
        total = 0.0
        best = 0.0
        for p in self.particles:
            e = p.energy()
            total += e
            if e > best:
                best = e
                self.brightest = p
        return total


def main() -> None:
    steps = 2000
    if len(sys.argv) > 1:
        steps = int(sys.argv[1])
    emitter = Emitter(42)
    emitter.emit(500)
    total = emitter.run(steps, 0.001)
    print("particles:", len(emitter.particles))
    print("total energy:", round(total, 6))
    top = emitter.brightest
    if top is not None:
        print("brightest at x =", round(top.x, 3), "y =", round(top.y, 3))


if __name__ == "__main__":
    main()
