"""Forward, self and mutual references; classes added after objects exist;
@jit functions over scalars, strings, instances, tuples and lists."""

from typing import List, Optional, Tuple

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
