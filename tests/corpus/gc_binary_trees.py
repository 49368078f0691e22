# GC: binary trees built and dropped repeatedly, one long-lived tree kept.
from typing import Optional


class Tree:
    left: Optional["Tree"]
    right: Optional["Tree"]

    def __init__(self, left: Optional["Tree"], right: Optional["Tree"]) -> None:
        self.left = left
        self.right = right


def make(depth: int) -> Tree:
    if depth == 0:
        return Tree(None, None)
    return Tree(make(depth - 1), make(depth - 1))


def check(t: Tree) -> int:
    left = t.left
    right = t.right
    if left is None or right is None:
        return 1
    return 1 + check(left) + check(right)


long_lived = make(8)
depth = 4
while depth <= 8:
    iterations = 2 ** (8 - depth + 2)
    total = 0
    for i in range(iterations):
        total += check(make(depth))
    print(iterations, "trees of depth", depth, "check:", total)
    depth += 2
print("long lived tree check:", check(long_lived))
