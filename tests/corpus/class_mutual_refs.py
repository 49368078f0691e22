# Mutually referencing classes and forward references in annotations.
from typing import Optional


class Department:
    name: str
    head: Optional["Employee"] = None
    staff: list["Employee"]

    def __init__(self, name: str) -> None:
        self.name = name
        self.staff = []

    def hire(self, e: "Employee") -> None:
        self.staff.append(e)
        e.dept = self
        if self.head is None:
            self.head = e


class Employee:
    name: str
    dept: Optional[Department] = None

    def __init__(self, name: str) -> None:
        self.name = name

    def where(self) -> str:
        d = self.dept
        if d is None:
            return self.name + " @ nowhere"
        return self.name + " @ " + d.name


eng = Department("eng")
for n in ["ann", "ben", "cy"]:
    eng.hire(Employee(n))
loner = Employee("dee")
for e in eng.staff:
    print(e.where())
print(loner.where())
h = eng.head
print(h.name if h is not None else "none", len(eng.staff), eng.staff[1].dept is eng)
