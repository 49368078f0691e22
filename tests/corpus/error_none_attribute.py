# Field access on None raises AttributeError like CPython.
from typing import Optional


class Link:
    value: int
    next: Optional["Link"] = None

    def __init__(self, value: int) -> None:
        self.value = value


a = Link(1)
a.next = Link(2)
cur: Optional[Link] = a
while True:
    print(cur.value)
    cur = cur.next
