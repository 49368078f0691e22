"""Forward, self and mutual references; classes added after objects exist;
@jit functions over scalars, strings, instances, tuples and lists."""

from typing import Dict, List, Optional, Tuple

import pytest

from jcvm import jit, jitclass


@jitclass
class Employee:
    name: str
    dept: Optional["Department"]  # defined below: a forward reference

    def __init__(self, name: str) -> None:
        self.name = name
        self.dept = None

    def dept_name(self) -> str:
        d = self.dept
        if d is None:
            return "-"
        return d.title


@jitclass
class Department:
    title: str
    staff: List[Employee]

    def __init__(self, title: str) -> None:
        self.title = title
        self.staff = []

    def hire(self, e: Employee) -> None:
        e.dept = self
        self.staff.append(e)

    def headcount(self) -> int:
        return len(self.staff)


def test_mutually_referencing_classes():
    d = Department("R&D")
    e = Employee("ada")
    assert e.dept_name() == "-"
    d.hire(e)
    assert e.dept is d
    assert e.dept_name() == "R&D"
    assert d.headcount() == 1
    assert d.staff[0] is e


def test_a_class_added_later_works_with_objects_made_earlier():
    d = Department("Ops")
    d.hire(Employee("bob"))

    @jitclass
    class Audit:
        dept: Department
        seen: int

        def __init__(self, dept: Department) -> None:
            self.dept = dept
            self.seen = dept.headcount()

        def report(self) -> str:
            return self.dept.title + ": " + str(self.seen)

    a = Audit(d)
    assert a.report() == "Ops: 1"
    assert a.dept is d
    d.hire(Employee("cy"))
    assert d.headcount() == 2 and d.staff[1].dept_name() == "Ops"


@jit
def triangle(n: int) -> int:
    total = 0
    for i in range(n + 1):
        total += i
    return total


@jit
def shout(word: str, times: int = 2) -> str:
    return (word.upper() + "!") * times


@jit
def payroll(staff: List[Employee]) -> Tuple[int, str]:
    longest = ""
    for e in staff:
        if len(e.name) > len(longest):
            longest = e.name
    return len(staff), longest


@jit
def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def test_jit_functions():
    assert triangle(100) == 5050
    assert shout("hi") == "HI!HI!"
    assert shout("a", times=3) == "A!A!A!"
    people = [Employee("al"), Employee("beatrix"), Employee("cy")]
    assert payroll(people) == (3, "beatrix")
    assert mean([1, 2.5, 3]) == pytest.approx(6.5 / 3)
    with pytest.raises(ZeroDivisionError):
        mean([])
    with pytest.raises(TypeError):
        mean(["a"])
    with pytest.raises(TypeError):
        payroll([Department("x")])


def test_lists_cross_by_value():
    d = Department("QA")
    staff = [Employee("x")]
    d.staff = staff
    staff.append(Employee("y"))
    assert d.headcount() == 1, "assigning a list copies it in"
    with pytest.raises(TypeError):
        d.staff = [Employee("ok"), "not an employee"]
    assert d.headcount() == 1, "a refused list changes nothing"


def test_list_fields_are_live_views():
    d = Department("Lab")
    a, b = Employee("a"), Employee("b")
    staff = d.staff
    staff.append(a)
    assert d.headcount() == 1, "appending to the view appends to the object's list"
    d.hire(b)
    assert len(staff) == 2 and staff[-1] is b and staff[0] is a
    assert staff == [a, b] and list(staff) == [a, b] and a in staff
    assert staff.index(b) == 1 and staff.count(a) == 1
    staff[0] = b
    assert d.staff[0] is b
    assert staff.pop() is b and staff.pop(0) is b and len(d.staff) == 0
    with pytest.raises(IndexError, match="pop from empty list"):
        staff.pop()
    with pytest.raises(IndexError, match="list index out of range"):
        staff[0]
    with pytest.raises(TypeError):
        staff.append(Department("no"))
    staff.extend([a, b])
    with pytest.raises(TypeError):
        staff.extend([a, "not an employee"])
    assert len(d.staff) == 2, "a refused extend changes nothing"
    staff.insert(0, b)
    assert [e.name for e in staff] == ["b", "a", "b"]
    assert staff[1:] == [a, b]
    staff.clear()
    assert d.headcount() == 0 and repr(staff) == "[]"
    with pytest.raises(TypeError):
        hash(staff)


def test_a_view_passed_back_is_the_same_list():
    d = Department("Ops2")
    other = Department("Ops3")
    other.staff = d.staff  # the same native list, as `other.staff = d.staff` in Python
    d.hire(Employee("z"))
    assert other.headcount() == 1


@jitclass
class Registry:
    counts: Dict[str, int]

    def __init__(self) -> None:
        self.counts = {}

    def bump(self, name: str) -> int:
        self.counts[name] = self.counts.get(name, 0) + 1
        return self.counts[name]

    def total(self) -> int:
        return sum(self.counts.values())


def test_dict_fields_are_live_mapping_views():
    r = Registry()
    r.bump("a")
    counts = r.counts
    assert counts == {"a": 1} and len(counts) == 1 and "a" in counts and "b" not in counts
    counts["b"] = 5
    assert r.total() == 6, "a write through the view is the object's dict"
    assert r.bump("b") == 6 and counts["b"] == 6
    assert counts.get("zz") is None and counts.get("zz", 3) == 3 and counts.get(7) is None
    with pytest.raises(KeyError):
        counts["missing"]
    with pytest.raises(TypeError):
        counts["c"] = "not an int"
    with pytest.raises(TypeError):
        counts.update({"d": 1, "e": "bad"})
    assert "d" not in counts, "a refused update changes nothing"
    assert list(counts) == ["a", "b"] and list(counts.items()) == [("a", 1), ("b", 6)]
    assert counts.pop("a") == 1 and counts.pop("a", None) is None
    del counts["b"]
    assert len(r.counts) == 0 and repr(counts) == "{}"
    r.counts = {"x": 2, "y": 3}
    assert r.total() == 5
    import pickle

    assert pickle.loads(pickle.dumps(r.counts)) == {"x": 2, "y": 3}
