# Generic functions (TypeVar) and `object` parameters called with int, float,
# bool, str, lists, tuples and class instances: each call keeps its argument's
# type (True stays True, 2.0 stays 2.0, repr quotes strs), isinstance on an
# object parameter (a bool is an int too), and generics calling generics.
# Type aliases: plain (`Vector = list[float]`), aliases built from aliases,
# tuple and dict aliases, an Optional alias of a class, and aliases used in
# parameters, returns, locals and list elements.
from typing import Optional, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def ident(x: T) -> T:
    return x


def dup(x: T) -> list[T]:
    return [x, x]


def last(xs: list[T]) -> T:
    return xs[-1]


def pair(a: T, b: U) -> tuple[T, U]:
    return (a, b)


def count_eq(xs: list[T], v: T) -> int:
    n = 0
    for x in xs:
        if x == v:
            n += 1
    return n


def middle(xs: list[T]) -> T:
    return last(xs[: len(xs) // 2 + 1])


def kind(x: object) -> str:
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    return "other"


def is_int(x: object) -> bool:
    return isinstance(x, int)


def show(x: object) -> str:
    return f"{x}|{x!r}|{str(x)}"


class Box:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def __str__(self) -> str:
        return f"Box[{self.v}]"

    def __repr__(self) -> str:
        return f"Box({self.v})"


def generics() -> None:
    print(ident(3), ident(3.0), ident(True), ident("3"), ident([3]), ident((3, "x")))
    print(dup(1), dup(1.0), dup(False), dup("s"), dup([0]))
    print(last([1, 2]), last([0.5, 2.0]), last(["a", "b"]), last([True, False]), last([[1], [2, 3]]))
    print(pair(1, "one"), pair(2.5, True), pair("k", [1.0]))
    print(count_eq([1, 2, 1], 1), count_eq(["a", "b"], "c"), count_eq([1.0, 1.0], 1.0), count_eq([True, True, False], True))
    print(middle([1, 2, 3, 4, 5]), middle(["x", "y"]), middle([9.75]))
    print(kind(1), kind(1.0), kind(True), kind("1"), kind([1]), kind(Box(1)))
    print(is_int(True), is_int(0), is_int(0.0), is_int("0"))
    print(show(1), show(1.5), show(False), show("q"), show([1, 2]), show(Box(4)))
    print(str(ident(Box(7))), repr(ident(Box(7))), ident(Box(8)).v)


Vector = list[float]
Matrix = list[Vector]
Cell = tuple[int, int]
Scores = dict[str, list[int]]
Names = list[str]


class Node:
    name: str
    nxt: "Optional[Node]"

    def __init__(self, name: str) -> None:
        self.name = name
        self.nxt = None


MaybeNode = Optional[Node]


def dot(a: Vector, b: Vector) -> float:
    return sum(x * y for x, y in zip(a, b))


def matvec(m: Matrix, v: Vector) -> Vector:
    return [dot(row, v) for row in m]


def identity(n: int) -> Matrix:
    out: Matrix = []
    for i in range(n):
        row: Vector = [0.0] * n
        row[i] = 1.0
        out.append(row)
    return out


def neighbours(c: Cell) -> list[Cell]:
    r, k = c
    return [(r - 1, k), (r + 1, k), (r, k - 1), (r, k + 1)]


def best(s: Scores) -> str:
    top = ""
    top_total = -1
    for name, marks in s.items():
        if sum(marks) > top_total:
            top, top_total = name, sum(marks)
    return top


def chain_names(head: MaybeNode) -> Names:
    names: Names = []
    cur: MaybeNode = head
    while cur is not None:
        names.append(cur.name)
        cur = cur.nxt
    return names


def aliases() -> None:
    m: Matrix = [[1.0, 2.0], [3.0, 4.0]]
    v: Vector = [0.5, -1.0]
    print(dot(v, v), matvec(m, v), identity(3))
    print(str(matvec(identity(2), v)) == str(v))
    print(neighbours((0, 0)), neighbours((5, 7))[1])
    s: Scores = {"ann": [3, 4], "bob": [9], "cy": [1, 1, 1]}
    s["dee"] = [5, 5]
    print(best(s), len(s), s["dee"])
    a = Node("a")
    b = Node("b")
    a.nxt = b
    b.nxt = Node("c")
    print(chain_names(a), chain_names(b.nxt), chain_names(None))


def main() -> None:
    generics()
    aliases()


main()
