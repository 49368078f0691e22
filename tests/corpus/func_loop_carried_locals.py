# Locals read before their first assignment in the text: carried across loop iterations, or unbound.
def pairs(n: int) -> int:
    total = 0
    for i in range(n):
        if i > 0:
            total += prev * i
        prev = i
    return total


def broken(n: int) -> int:
    for i in range(n):
        if i == 2:
            return seen
        seen = i * 10
    return -1


print(pairs(6), broken(5))
print(broken(0))


def early() -> int:
    if True:
        return later
    later = 1
    return later


print(early())
