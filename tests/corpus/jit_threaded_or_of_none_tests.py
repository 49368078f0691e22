# `a is None or b is None` and its kin: the `or` jumps past the test of its
# result (jump threading), and the code past both tests knows both operands
# are not None. Every mix of None operands, hot enough to be compiled, with
# `and`/`or` chains of three, a negated chain, and a result kept as a value.
from typing import Optional


class Node:
    left: Optional["Node"]
    right: Optional["Node"]
    value: int

    def __init__(self, left: Optional["Node"], right: Optional["Node"], value: int) -> None:
        self.left = left
        self.right = right
        self.value = value

    def total(self) -> int:
        left = self.left
        right = self.right
        if left is None or right is None:
            return self.value
        return self.value + left.total() + right.total()

    def either(self) -> int:
        left = self.left
        right = self.right
        if left is not None and right is not None:
            return left.value * right.value
        if left is not None or right is not None:
            return -1
        return 0


def three(a: Optional[Node], b: Optional[Node], c: Optional[Node]) -> int:
    if a is None or b is None or c is None:
        return -1
    return a.value + b.value + c.value


def none_of(a: Optional[Node], b: Optional[Node]) -> int:
    if not (a is None or b is None):
        return a.value - b.value
    return 7


def kept(a: Optional[Node], b: Optional[Node]) -> bool:
    missing = a is None or b is None
    if missing:
        return True
    return a.value > b.value


def tree(depth: int, value: int) -> Node:
    if depth == 0:
        return Node(None, None, value)
    return Node(tree(depth - 1, value * 2), tree(depth - 1, value * 2 + 1), value)


def main() -> None:
    leaf = Node(None, None, 5)
    half = Node(leaf, None, 3)
    other = Node(None, leaf, 4)
    full = Node(leaf, Node(None, None, 6), 2)
    nodes: list[Optional[Node]] = [None, leaf, half, other, full]
    acc = 0
    for i in range(3000):
        a = nodes[i % 5]
        b = nodes[(i // 5) % 5]
        c = nodes[(i // 25) % 5]
        acc += three(a, b, c) + none_of(a, b)
        if kept(a, b):
            acc += 1
        for n in (leaf, half, other, full):
            acc += n.total() + n.either()
    print(acc)
    print(tree(10, 1).total())
    print([n.either() for n in (leaf, half, other, full)])
    print(three(leaf, None, leaf), three(leaf, half, full), none_of(full, leaf), kept(None, None))
    broken: Optional[Node] = None
    print(half.left is None or broken is None)
    print(str(broken.value) if broken is not None or half is None else "none")


main()
