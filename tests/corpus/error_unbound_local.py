# A local read on a path where it was never assigned raises UnboundLocalError, as in CPython.
def first_even(xs: list[int]) -> int:
    for x in xs:
        if x % 2 == 0:
            found = x
            break
    return found


def pairs(n: int) -> int:
    total = 0
    prev = -1
    for i in range(n):
        if i > 0:
            total += prev * i
        if i % 2 == 0:
            last_even = i
        prev = i
    return total + last_even


def last_of(xs: list[int]) -> int:
    for x in xs:
        pass
    return x


print(first_even([1, 3, 4, 5]), pairs(5), last_of([7, 8, 9]))
print(first_even([1, 3]))
