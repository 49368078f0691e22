# A seeded particle system: an LCG in a class, methods mutating objects in a list.
class Rng:
    state: int

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next_float(self) -> float:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648.0


class Particle:
    x: float
    v: float
    bounces: int = 0

    def __init__(self, x: float, v: float) -> None:
        self.x = x
        self.v = v

    def step(self, dt: float) -> None:
        self.x += self.v * dt
        if self.x < 0.0 or self.x > 1.0:
            self.v = -self.v
            self.bounces += 1


rng = Rng(2024)
ps: list[Particle] = []
for i in range(200):
    ps.append(Particle(rng.next_float(), rng.next_float() - 0.5))
for t in range(500):
    for p in ps:
        p.step(0.01)
bounces = 0
spread = 0.0
for p in ps:
    bounces += p.bounces
    spread += abs(p.x - 0.5)
print(bounces, round(spread, 9), ps[0].x, ps[199].v)
