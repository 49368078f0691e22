# A binary search tree with None children.
from typing import Optional


class Tree:
    key: int
    left: Optional["Tree"] = None
    right: Optional["Tree"] = None

    def __init__(self, key: int) -> None:
        self.key = key


def insert(t: Optional[Tree], key: int) -> Tree:
    if t is None:
        return Tree(key)
    if key < t.key:
        t.left = insert(t.left, key)
    elif key > t.key:
        t.right = insert(t.right, key)
    return t


def inorder(t: Optional[Tree], out: list[int]) -> None:
    if t is None:
        return
    inorder(t.left, out)
    out.append(t.key)
    inorder(t.right, out)


def height(t: Optional[Tree]) -> int:
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))


root: Optional[Tree] = None
seed = 7
for i in range(50):
    seed = (seed * 31 + 11) % 101
    root = insert(root, seed)
keys: list[int] = []
inorder(root, keys)
print(keys)
print(len(keys), height(root), root.key if root is not None else 0)
