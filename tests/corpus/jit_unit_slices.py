# Slices with a step of 1 or -1 read into a loop's scratch list and slice
# assignments of the same length copy words in compiled code; bounds out of
# range, negative, reversed and empty, a scratch list that must grow, a list
# assigned to a slice of itself, and lists of objects (GC stress).
class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def reads(xs: list[int]) -> int:
    total = 0
    n = len(xs)
    for k in range(-n - 2, n + 3):
        for x in xs[k:]:
            total += x
        for x in xs[:k]:
            total += 2 * x
        for x in xs[k::-1]:
            total += 3 * x
        for x in xs[:k:-1]:
            total += 5 * x
        for x in xs[k:k + 3]:
            total += 7 * x
        for x in xs[k + 3:k:-1]:
            total += 11 * x
    return total


def flips(perm: list[int]) -> int:
    count = 0
    while perm[0] != 0:
        top = perm[0] + 1
        perm[:top] = perm[top - 1::-1]
        count += 1
    return count


def assigns(xs: list[int]) -> list[int]:
    ys = xs[:]
    for i in range(len(ys)):
        ys[i:i + 2] = ys[i + 1:i + 3][::-1]
        ys[-2:] = ys[:2]
        ys[0:0] = []
        ys[1:1] = ys[5:5]
    ys[:] = ys
    ys[0:3] = ys[0:3]
    ys[2:5] = ys[:3]
    return ys


def boxes(n: int) -> int:
    bs = [Box(i) for i in range(n)]
    total = 0
    for r in range(200):
        k = r % n
        bs[:k + 1] = bs[k::-1]
        for b in bs[k // 2:]:
            total += b.v
        bs[1:3] = [Box(r), Box(-r)]
    return total


print(reads([3, 1, 4, 1, 5, 9, 2, 6]), reads([]), reads([7]))
print(sum(flips([(i * 5 + 3) % 9 for i in range(9)][j:] + [(i * 5 + 3) % 9 for i in range(9)][:j]) for j in range(9)))
print(assigns(list(range(10))), assigns([1, 2]))
print(boxes(7), boxes(1))
grow: list[int] = []
for size in range(0, 60, 7):
    big = list(range(size))
    s = 0
    for x in big[size // 3:]:
        s += x
    grow.append(s)
print(grow)
