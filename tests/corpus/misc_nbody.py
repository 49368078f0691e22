# A small n-body simulation on objects (float arithmetic, math.sqrt, lists of objects).
import math


class Body:
    x: float
    y: float
    z: float
    vx: float
    vy: float
    vz: float
    mass: float

    def __init__(self, x: float, y: float, z: float, vx: float, vy: float, vz: float, mass: float) -> None:
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass


def energy(bodies: list[Body]) -> float:
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b.x - c.x
            dy = b.y - c.y
            dz = b.z - c.z
            e -= b.mass * c.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: list[Body], dt: float) -> None:
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b.x - c.x
            dy = b.y - c.y
            dz = b.z - c.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            b.vx -= dx * c.mass * mag
            b.vy -= dy * c.mass * mag
            b.vz -= dz * c.mass * mag
            c.vx += dx * b.mass * mag
            c.vy += dy * b.mass * mag
            c.vz += dz * b.mass * mag
    for b in bodies:
        b.x += dt * b.vx
        b.y += dt * b.vy
        b.z += dt * b.vz


solar = 4.0 * math.pi * math.pi
days = 365.24
bodies = [
    Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar),
    Body(4.84, -1.16, -0.10, 0.00166 * days, 0.00770 * days, -0.0000690 * days, 0.000954 * solar),
    Body(8.34, 4.12, -0.403, -0.00277 * days, 0.00500 * days, 0.0000230 * days, 0.000286 * solar),
    Body(12.9, -15.1, -0.224, 0.00296 * days, 0.00237 * days, -0.0000296 * days, 0.0000437 * solar),
]
print(energy(bodies))
for step in range(1000):
    advance(bodies, 0.01)
print(energy(bodies))
print(bodies[1].x, bodies[2].vy)
