# Objects stay alive while any reference (local, field, list, global) holds them.
from typing import Optional


class Box:
    payload: str
    other: Optional["Box"] = None

    def __init__(self, payload: str) -> None:
        self.payload = payload


holder: Optional[Box] = None


def make_chain(n: int) -> Box:
    first = Box("b0")
    cur = first
    for i in range(1, n):
        nxt = Box("b" + str(i))
        cur.other = nxt
        cur = nxt
    return first


def keep_global(b: Box) -> None:
    global holder
    holder = b


keep_global(make_chain(50))
junk = 0
for i in range(20000):
    tmp = Box("junk" + str(i % 7))
    junk += len(tmp.payload)
h = holder
count = 0
while h is not None:
    count += 1
    last = h.payload
    h = h.other
print(junk, count, last)
