# Errors inside small methods (which jcvm inlines) show the method's own frame.
from typing import Optional


class Node:
    val: int
    next: Optional["Node"]

    def __init__(self, val: int) -> None:
        self.val = val
        self.next = None

    def value(self) -> int:
        return self.val

    def next_value(self) -> int:
        nxt = self.next
        return nxt.val


def main() -> None:
    a = Node(1)
    a.next = Node(2)
    print(a.value(), a.next_value())
    b = a.next
    print(b.value())
    print(b.next_value())


main()
