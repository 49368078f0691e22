# Field types inferred from __init__ assignments; class-level annotations mixed in.
class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
        self.name = "v"
        self.count = 0
        self.flag = True

    def add(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other: "Vec") -> float:
        return self.x * other.x + self.y * other.y


u = Vec(1.0, 2.0)
v = Vec(0.5, -1.5)
w = u.add(v).add(v)
w.count += 3
print(w.x, w.y, u.dot(v), w.name, w.count, w.flag, not w.flag)
