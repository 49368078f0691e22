# Mutating objects through a loop variable changes the objects in the list.
class Counter:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def bump(self) -> None:
        self.n += 1


cs = [Counter(1), Counter(2), Counter(3)]
for c in cs:
    c.n *= 10
    c.bump()
first = cs[0]
first.bump()
print(cs[0].n, cs[1].n, cs[2].n, first is cs[0])
cs[1] = cs[2]
cs[1].bump()
print(cs[1].n, cs[2].n, cs[1] is cs[2])
total = 0
for c in cs:
    total += c.n
print(total, len(cs))
