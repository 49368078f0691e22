# A stack and a ring-buffer queue built from lists inside classes.
class Stack:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def push(self, v: int) -> None:
        self.items.append(v)

    def pop(self) -> int:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


class Ring:
    buf: list[int]
    head: int = 0
    count: int = 0

    def __init__(self, capacity: int) -> None:
        self.buf = [0] * capacity

    def put(self, v: int) -> bool:
        if self.count == len(self.buf):
            return False
        self.buf[(self.head + self.count) % len(self.buf)] = v
        self.count += 1
        return True

    def get(self) -> int:
        v = self.buf[self.head]
        self.head = (self.head + 1) % len(self.buf)
        self.count -= 1
        return v


s = Stack()
for i in range(10):
    s.push(i * i)
out: list[int] = []
while s.size() > 3:
    out.append(s.pop())
print(out, s.items)
r = Ring(4)
print(r.put(1), r.put(2), r.put(3), r.put(4), r.put(5))
print(r.get(), r.get(), r.put(6), r.put(7), r.get(), r.get(), r.get(), r.get(), r.count)
