"""In-place access from Python, which skips the runtime's lock and the VM:
int, float and bool fields read and written through the proxy's object, and
field accessor methods (`return self.x` of such a field). Each gives what
the general path gives (conversions, refusals, unassigned fields), on the
class and its subclasses; and a proxy whose `__class__` was reassigned to
another jitclass never has its object read as the other class's layout (it
raises instead)."""

import pytest

from jcvm import jitclass


@jitclass
class AcPoint:
    x: float
    n: int
    on: bool
    late: float

    def __init__(self, x: float, n: int) -> None:
        self.x = x
        self.n = n
        self.on = n > 0

    def get_x(self) -> float:
        return self.x

    def get_n(self) -> int:
        return self.n

    def get_on(self) -> bool:
        return self.on

    def get_late(self) -> float:
        return self.late

    def set_late(self, v: float) -> None:
        self.late = v


@jitclass
class AcPoint3(AcPoint):
    z: float

    def __init__(self, x: float, n: int, z: float) -> None:
        AcPoint.__init__(self, x, n)
        self.z = z


@jitclass
class AcText:
    s: str
    n: int

    def __init__(self, s: str) -> None:
        self.s = s
        self.n = 7

    def get_s(self) -> str:
        return self.s

    def get_n(self) -> int:
        return self.n


def test_accessors_return_the_field_on_every_call():
    p = AcPoint(1.5, 3)
    for _ in range(3):  # the first call plans the method; later ones read in place
        assert (p.get_x(), p.get_n(), p.get_on()) == (1.5, 3, True)
    assert type(p.get_x()) is float and type(p.get_n()) is int and p.get_on() is True
    p.x = -0.0
    p.n = -(2**63)
    p.on = False
    assert str(p.get_x()) == "-0.0"
    assert p.get_n() == -(2**63)
    assert p.get_on() is False


def test_accessors_on_a_subclass_and_mixed_receivers():
    a, b = AcPoint(1.0, 1), AcPoint3(2.0, 2, 9.0)
    for _ in range(3):
        assert [q.get_x() for q in (a, b, a, b)] == [1.0, 2.0, 1.0, 2.0]
        assert AcPoint.get_n(b) == 2


def test_a_field_read_before_assignment_still_raises():
    p = AcPoint(1.0, 1)
    for _ in range(2):
        with pytest.raises(AttributeError, match="late"):
            p.get_late()
    p.set_late(4.5)
    assert p.get_late() == 4.5


def test_reassigned_class_is_refused_not_read():
    for method in ("get_x", "get_n"):
        p = AcPoint(1.5, 3)
        for _ in range(2):
            getattr(p, method)()  # planned and published for AcPoint
        t = AcText("abc")
        for _ in range(2):
            t.get_n()
            t.get_s()
        p.__class__ = AcText
        for name in ("get_n", "get_s"):
            with pytest.raises(TypeError, match="expected AcText"):
                getattr(p, name)()
        t.__class__ = AcPoint
        with pytest.raises(TypeError, match="expected AcPoint"):
            getattr(t, method)()


def test_number_fields_in_place_match_the_general_rules():
    p = AcPoint(1.0, 1)
    for _ in range(2):  # the first access learns the field; later ones are in place
        p.x = 2.5
        assert p.x == 2.5 and type(p.x) is float
        p.x = 3  # an int where a float is declared becomes a float
        assert p.x == 3.0 and type(p.x) is float
        p.n = 2**63 - 1
        assert p.n == 2**63 - 1
        p.n = True  # a bool where an int is declared becomes an int
        assert p.n == 1 and type(p.n) is int
        p.on = False
        assert p.on is False
        with pytest.raises(OverflowError):
            p.n = 2**63
        with pytest.raises(TypeError):
            p.n = 1.5
        with pytest.raises(TypeError):
            p.on = 1
        with pytest.raises(TypeError):
            p.x = None
        assert (p.n, p.on) == (1, False)  # refused writes changed nothing


def test_unassigned_field_in_place_raises_then_reads():
    p = AcPoint(1.0, 1)
    for _ in range(2):
        with pytest.raises(AttributeError, match="late"):
            p.late
    p.late = 1.25
    assert p.late == 1.25 and p.get_late() == 1.25


def test_fields_of_a_subclass_object_and_a_reassigned_class():
    b = AcPoint3(2.0, 2, 9.0)
    for _ in range(2):
        b.x = 4.0
        assert (b.x, b.n, b.z) == (4.0, 2, 9.0)
    p = AcPoint(1.5, 3)
    p.x, p.n  # learned for AcPoint
    p.__class__ = AcText
    with pytest.raises(AttributeError):
        p.n
    with pytest.raises(AttributeError):
        p.n = 4
