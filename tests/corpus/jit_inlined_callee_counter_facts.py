# Facts about a `range` loop's variable (it counts up by 1 from 0, so `//`
# and `%` by a constant need no sign correction and `i + 1` cannot overflow)
# belong to the loop's own registers. A small method inlined at a virtual
# call has registers and instruction numbers of its own: its `a7 // 3` must
# keep Python's floor semantics even when a7 has the number of the caller's
# loop variable (a regression: compiled code printed -9000 for -6 // 3).


class A:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def third(self) -> int:
        a1 = self.v
        a2 = self.v
        a3 = self.v
        a4 = self.v
        a5 = self.v
        a6 = self.v
        a7 = self.v
        return a7 // 3 + a1 * 0 + a2 * 0 + a3 * 0 + a4 * 0 + a5 * 0 + a6 * 0

    def rest(self) -> int:
        a1 = self.v
        a2 = self.v
        a3 = self.v
        a4 = self.v
        a5 = self.v
        a6 = self.v
        a7 = self.v
        return a7 % 5


class B(A):
    def third(self) -> int:
        return self.v

    def rest(self) -> int:
        return -self.v


def run(a: A, n: int) -> int:
    total = 0
    for i in range(n):
        total += a.third()
    return total


def run_rest(a: A, n: int) -> int:
    total = 0
    for i in range(n):
        total += a.rest()
    return total


def neighbours(n: int) -> int:
    # i + 1 and i - 1 of a counting variable: no overflow test, same values.
    total = 0
    for i in range(n):
        total += (i + 1) * (i - 1) + (1 + i)
    return total


def near_the_top() -> list[int]:
    # The loop stops below 2**63 - 1, so i + 1 reaches the largest int exactly.
    top = 9223372036854775807
    out: list[int] = []
    for i in range(top - 3, top):
        out.append(i + 1)
    return out


for v in [-7, -6, -5, -3, -1, 0, 1, 5, 6, 7]:
    print(v, run(A(v), 3000), run(B(v), 3), run(A(v), 5), run_rest(A(v), 2000), run_rest(B(v), 3))
print(neighbours(5000))
print(near_the_top())
