# A small function whose own calls were all inlined is inlined in turn: the
# bodies nest (a method building an object through its inlined __init__,
# inlined into a helper, inlined into a loop). Output, exceptions, tracebacks
# and the recursion limit stay those of the calls.
class V:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def sub(self, o: "V") -> "V":
        return V(self.x - o.x, self.y - o.y)

    def ratio(self, o: "V") -> float:
        return self.x / o.x

    def scaled_ratio(self, o: "V", k: float) -> float:
        return self.ratio(o) * k


def norm1(v: V) -> float:
    return abs(v.x) + abs(v.y)


def dist(a: V, b: V) -> float:
    return norm1(a.sub(b))


def down(n: int, a: V, b: V) -> float:
    return dist(a, b) + down(n + 1, a, b)


def main() -> None:
    a, b = V(1.0, 2.0), V(4.0, -2.0)
    total = 0.0
    for i in range(2000):
        total += dist(a, V(float(i), 1.0))
    print(total, dist(a, b), a.sub(b).x, a.scaled_ratio(b, 3.0))
    try:
        print(a.scaled_ratio(V(0.0, 1.0), 2.0))
    except ZeroDivisionError as e:
        print("caught", e)
    try:
        down(0, a, b)
    except RecursionError as e:
        print("recursion", e)
    print(b.scaled_ratio(V(0.0, 5.0), 1.5))


main()
