# Binary-trees (the shootout program): allocate and walk many short-lived
# complete trees of depths 4, 6, ..., max_depth while a long-lived tree stays.
# Usage: binary_trees.py [max_depth]
import sys
from typing import Optional


class Node:
    left: Optional["Node"]
    right: Optional["Node"]

    def __init__(self, left: Optional["Node"], right: Optional["Node"]) -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        left = self.left
        right = self.right
        if left is None or right is None:
            return 1
        return 1 + left.check() + right.check()


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def main() -> None:
    max_depth = 15
    if len(sys.argv) > 1:
        max_depth = int(sys.argv[1])
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    print("stretch tree of depth " + str(stretch) + "\t check: " + str(make_tree(stretch).check()))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for i in range(iterations):
            check += make_tree(depth).check()
        print(str(iterations) + "\t trees of depth " + str(depth) + "\t check: " + str(check))
    print("long lived tree of depth " + str(max_depth) + "\t check: " + str(long_lived.check()))


main()
