"""Method calls from Python convert their arguments and results the same way
whichever path a call takes: plain ints, floats, bools and instances go
straight to argument words, anything else through the general conversion.
Each case is checked against the same class run by CPython."""

from typing import Optional

import pytest

from jcvm import jitclass


# --- the classes (run by jcvm, and by CPython from the same source below) ---
@jitclass
class CvShape:
    k: int

    def __init__(self, k: int) -> None:
        self.k = k

    def area(self) -> int:
        return self.k

    def scaled(self, f: float) -> float:
        return self.k * f

    def mix(self, a: int, b: float, c: bool, other: "CvShape") -> float:
        return a + b + (1.0 if c else 0.0) + other.k

    def flag(self, n: int) -> bool:
        return n > self.k

    def nothing(self, n: int) -> None:
        self.k += n

    def twin(self) -> "CvShape":
        return CvShape(self.k * 2)

    def maybe(self, n: int) -> Optional["CvShape"]:
        return None if n < 0 else CvShape(n)

    def many(self, a: int, b: int, c: int, d: float, e: int, f: int) -> float:
        return self.k + a - b + c * d + e - f

    def same(self, other: "CvShape") -> bool:
        return other is self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CvShape):
            return NotImplemented
        return self.k == other.k


@jitclass
class CvSquare(CvShape):
    def area(self) -> int:
        return self.k * self.k
# --- end of the classes ---


def cpython_classes():
    """The same classes as plain Python classes, from this file's source."""
    with open(__file__, encoding="utf-8") as f:
        text = f.read()
    source = text[text.index("# --- the classes") : text.index("# --- end of the classes")]
    namespace = {"Optional": Optional, "jitclass": lambda cls: cls}
    exec(compile(source, __file__, "exec"), namespace)
    return namespace["CvShape"], namespace["CvSquare"]


JShape, JSquare = CvShape, CvSquare
Shape, Square = cpython_classes()

CALLS = [
    ("area", ()),
    ("scaled", (2.5,)),
    ("scaled", (3,)),  # an int where a float is declared
    ("scaled", (True,)),  # a bool where a float is declared
    ("mix", (1, 2.0, True, "other")),
    ("mix", (True, 2, False, "other")),  # a bool for an int, an int for a float
    ("mix", (-(2**63), 0.5, False, "other")),
    ("flag", (2**63 - 1,)),
    ("flag", (-5,)),
    ("nothing", (4,)),
    ("many", (1, 2, 3, 4.5, 5, 6)),  # more words than the direct path passes
]


def run(cls, method, args):
    obj = cls(3)
    other = cls(7)
    args = tuple(other if a == "other" else a for a in args)
    return getattr(obj, method)(*args), obj.k


@pytest.mark.parametrize("method,args", CALLS)
def test_results_match_cpython(method, args):
    for _ in range(3):  # the first call may still run in the interpreter: repeat
        assert run(JShape, method, args) == run(Shape, method, args)


def test_result_types_are_python_types():
    s = JShape(3)
    assert type(s.area()) is int
    assert type(s.scaled(2)) is float
    assert s.flag(4) is True and s.flag(1) is False
    assert s.nothing(1) is None


def test_subclass_instances_and_overrides():
    sq = JSquare(4)
    assert sq.area() == 16
    assert JShape.area(sq) == 4  # exactly the base method, as Class.method(obj) is in Python
    assert JShape(1).mix(1, 1.0, False, sq) == Shape(1).mix(1, 1.0, False, Square(4)) == 6.0
    assert sq.same(sq) is True and sq.same(JSquare(4)) is False


def test_a_method_on_an_instance_whose_init_did_not_run_raises():
    s = JShape.__new__(JShape)
    for _ in range(3):
        with pytest.raises(TypeError, match="not initialized"):
            s.area()


def test_instance_results_keep_identity():
    s = JShape(5)
    t = s.twin()
    assert isinstance(t, JShape) and t.k == 10
    assert s.maybe(-1) is None
    m = s.maybe(2)
    assert isinstance(m, JShape) and m.k == 2


def test_not_implemented_lets_python_try_the_other_side():
    assert (JShape(2) == JShape(2)) is True
    assert (JShape(2) == JShape(3)) is False
    assert (JShape(2) == 2) is False


@pytest.mark.parametrize(
    "method,args,error",
    [
        ("scaled", ("2",), TypeError),
        ("scaled", (None,), TypeError),
        ("mix", (1.5, 2.0, True, None), TypeError),  # a float for an int
        ("mix", (2**63, 2.0, True, None), OverflowError),
        ("mix", (1, 2**70, True, None), OverflowError),
        ("flag", (1.0,), TypeError),
        ("same", (object(),), TypeError),
    ],
)
def test_refused_arguments_raise_and_change_nothing(method, args, error):
    s = JShape(3)
    with pytest.raises(error):
        getattr(s, method)(*args)
    assert s.k == 3


def test_an_instance_of_another_class_is_refused():
    @jitclass
    class Other:
        k: int

        def __init__(self, k: int) -> None:
            self.k = k

    with pytest.raises(TypeError):
        JShape(1).same(Other(1))


@jitclass
class CtorWords:
    def __init__(self, x: float, n: int) -> None:
        if n < 0:
            raise ValueError("negative")
        self.x = x
        self.n = n


def test_a_constructor_of_plain_arguments_takes_the_fast_path_with_the_same_results():
    # ints, floats and bools convert directly (an int into a float parameter
    # becomes a float); anything else goes the general way, with its errors.
    made = [CtorWords(2, 3), CtorWords(2.5, 4), CtorWords(1.0, True)]
    assert [(c.x, type(c.x), c.n) for c in made] == [(2.0, float, 3), (2.5, float, 4), (1.0, float, 1)]
    assert len({id(c) for c in made}) == 3
    with pytest.raises(ValueError, match="negative"):
        CtorWords(1.0, -1)
    with pytest.raises(TypeError):
        CtorWords("a", 1)
    with pytest.raises(TypeError, match=r"^CtorWords\(\) argument 1: expected float, got None$"):
        CtorWords(None, 1)  # (named as Python names the call, not by jcvm's generated constructor)
    with pytest.raises(OverflowError):
        CtorWords(1.0, 2**70)
    again = made[0]
    again.__init__(7.0, 8)  # `__init__` on a live object runs on the same object
    assert (again.x, again.n) == (7.0, 8)
