"""Field read through a subclass proxy against the owner class's (the bridge's
subclass check). Run: target/venv/bin/python benches/python/subclass_field.py
(after `make python-package`). Prints ns per read, min of 7 x 500,000."""

import timeit
from jcvm import jitclass


@jitclass
class Base:
    x: float

    def __init__(self, x: float) -> None:
        self.x = x


@jitclass
class Sub(Base):
    y: float

    def __init__(self, x: float) -> None:
        super().__init__(x)
        self.y = 2.0


b, s = Base(1.0), Sub(1.0)
n = 500_000
for name, obj in (("owner", b), ("subclass", s)):
    t = min(timeit.repeat(lambda: obj.x, number=n, repeat=7)) / n * 1e9
    print(f"{name:9} read of an inherited field: {t:.1f} ns")
