"""Proxies: construction, fields as descriptors, methods with Python's
argument binding, properties, static methods, dunders, hierarchy."""

from typing import List, Optional

import pytest

from jcvm import jitclass


@jitclass
class Particle:
    """A particle on a line."""

    x: float
    vx: float
    hits: int

    def __init__(self, x: float, vx: float = 0.0, *, hits: int = 0) -> None:
        self.x = x
        self.vx = vx
        self.hits = hits

    def step(self, dt: float) -> None:
        """Moves by vx * dt."""
        self.x += self.vx * dt

    def bounce(self, wall: float = 10.0) -> bool:
        if self.x > wall:
            self.vx = -self.vx
            self.hits += 1
            return True
        return False

    @property
    def speed(self) -> float:
        return abs(self.vx)

    @speed.setter
    def speed(self, value: float) -> None:
        self.vx = value if self.vx >= 0 else -value

    @staticmethod
    def unit() -> "Particle":
        return Particle(1.0, 1.0)


@jitclass
class Vec2:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec2") -> "Vec2":
        return Vec2(self.x + other.x, self.y + other.y)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vec2):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __lt__(self, other: "Vec2") -> bool:
        return self.x < other.x

    def __repr__(self) -> str:
        return f"Vec2({self.x}, {self.y})"

    def __str__(self) -> str:
        return f"<{self.x}, {self.y}>"


@jitclass
class Bag:
    items: List[int]

    def __init__(self) -> None:
        self.items = []

    def add(self, n: int) -> None:
        self.items.append(n)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> int:
        return self.items[i]

    def __contains__(self, n: int) -> bool:
        return n in self.items

    def __bool__(self) -> bool:
        return len(self.items) > 0


@jitclass
class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + " of area " + str(self.area())


@jitclass
class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        Shape.__init__(self, "square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


@jitclass
class Link:
    value: int
    next: Optional["Link"]

    def __init__(self, value: int, next: Optional["Link"] = None) -> None:
        self.value = value
        self.next = next


def test_construct_with_defaults_and_keywords():
    p = Particle(1, hits=2)
    assert (p.x, p.vx, p.hits) == (1.0, 0.0, 2)
    assert type(p.x) is float, "an int stored where a float is declared becomes a float"
    q = Particle(x=2.5, vx=-1.0)
    assert (q.x, q.vx) == (2.5, -1.0)
    with pytest.raises(TypeError):
        Particle()
    with pytest.raises(TypeError):
        Particle(1.0, 2.0, 3)  # hits is keyword-only


def test_methods_mutate_the_native_object():
    p = Particle(9.0, 2.0)
    p.step(1.0)
    assert p.x == 11.0
    assert p.bounce() is True
    assert (p.vx, p.hits) == (-2.0, 1)
    assert p.bounce(wall=100.0) is False


def test_field_writes_are_checked_and_a_refused_write_changes_nothing():
    p = Particle(1.0)
    p.x = 3  # an int is accepted for a float field
    assert p.x == 3.0 and type(p.x) is float
    with pytest.raises(TypeError):
        p.x = "far"
    with pytest.raises(TypeError):
        p.hits = 1.5
    with pytest.raises(TypeError):
        p.x = None
    with pytest.raises(OverflowError):
        p.hits = 2**63
    p.hits = -(2**63)
    assert p.hits == -(2**63)
    assert p.x == 3.0
    with pytest.raises(AttributeError):
        del p.x


def test_properties_and_static_methods():
    p = Particle(0.0, -3.0)
    assert p.speed == 3.0
    p.speed = 5.0
    assert p.vx == -5.0
    u = Particle.unit()
    assert isinstance(u, Particle) and u.x == 1.0
    assert p.unit().vx == 1.0


def test_operator_dunders():
    a, b = Vec2(1, 2), Vec2(3, 4)
    c = a + b
    assert isinstance(c, Vec2) and (c.x, c.y) == (4.0, 6.0)
    assert a == Vec2(1.0, 2.0)
    assert a != b
    assert (a == "text") is False  # NotImplemented from __eq__, then identity
    assert a < b and not b < a
    assert repr(a) == "Vec2(1.0, 2.0)"
    assert str(a) == "<1.0, 2.0>"
    assert f"{a}" == "<1.0, 2.0>"
    with pytest.raises(TypeError):
        hash(a)  # __eq__ without __hash__: unhashable, as in CPython


def test_container_dunders():
    bag = Bag()
    assert not bag and len(bag) == 0
    for n in (5, 6, 7):
        bag.add(n)
    assert bag and len(bag) == 3
    assert bag[0] == 5 and bag[-1] == 7
    assert 6 in bag and 8 not in bag
    with pytest.raises(IndexError):
        bag[3]
    assert bag.items == [5, 6, 7]


def test_inheritance_and_virtual_dispatch():
    s = Square(3)
    assert isinstance(s, Square) and isinstance(s, Shape)
    assert issubclass(Square, Shape)
    assert s.describe() == "square of area 9.0"
    assert Shape.describe(s) == "square of area 9.0", "the call dispatches on the receiver's class"
    assert s.name == "square"
    assert repr(s) == "Square(name='square', side=3.0)"


def test_introspection():
    assert Particle.__doc__ == "A particle on a line."
    assert Particle.step.__doc__ == "Moves by vx * dt."
    assert Particle.__name__ == "Particle" and Particle.__module__ == __name__
    names = dir(Particle(0.0))
    for name in ("x", "vx", "hits", "step", "bounce", "speed", "unit"):
        assert name in names
    import inspect

    assert str(inspect.signature(Particle.bounce)) == "(self, /, wall=10.0)"
    assert repr(Particle(1.5)) == "Particle(x=1.5, vx=0.0, hits=0)"


def test_default_repr_of_a_cycle():
    a = Link(1)
    b = Link(2, a)
    a.next = b
    assert repr(a) == "Link(value=1, next=Link(value=2, next=...))"
    assert repr(b) == "Link(value=2, next=Link(value=1, next=...))"
    a.next = None
    assert repr(b) == "Link(value=2, next=Link(value=1, next=None))"


def test_optional_references():
    a = Link(1)
    assert a.next is None
    b = Link(2, a)
    assert b.next is a
    b.next = None
    assert b.next is None
    with pytest.raises(TypeError):
        b.next = Particle(1.0)
    with pytest.raises(TypeError):
        b.value = None


@jitclass
class Dial:
    """Methods of one signature share one compiled Python wrapper, renamed per
    method: each must still call its own entry."""

    base: int

    def __init__(self, base: int) -> None:
        self.base = base

    def add(self, k: int, scale: int = 1) -> int:
        return self.base + k * scale

    def sub(self, k: int, scale: int = 1) -> int:
        return self.base - k * scale

    def mul(self, k: int, scale: int = 1) -> int:
        return self.base * k * scale

    @staticmethod
    def twice(k: int, scale: int = 2) -> int:
        return k * scale

    @staticmethod
    def thrice(k: int, scale: int = 3) -> int:
        return k * scale


def test_methods_of_one_signature_keep_their_own_entries_and_names():
    d = Dial(10)
    # Keywords take the Python wrapper (the positional calls a native descriptor).
    assert (d.add(k=2), d.sub(k=2), d.mul(k=2)) == (12, 8, 20)
    assert (d.add(2, scale=3), d.sub(2, scale=3), d.mul(2, scale=3)) == (16, 4, 60)
    assert (Dial.twice(k=5), Dial.thrice(k=5), Dial.twice(5, scale=4)) == (10, 15, 20)
    for name in ("add", "sub", "mul"):
        with pytest.raises(TypeError) as raised:
            getattr(d, name)(2, nope=1)
        assert name in str(raised.value)
    wrapper = Dial._jcvm_init_wrapper
    assert (wrapper.__name__, wrapper.__qualname__) == ("__init__", "Dial.__init__")
    assert wrapper.__code__.co_filename == "<jcvm wrapper of Dial.__init__>"
