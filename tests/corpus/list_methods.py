# Every list method: append, extend, insert, pop, remove, index, count,
# reverse, clear, copy, sort; CPython's index clamping and error messages.


class Item:
    def __init__(self, n: int) -> None:
        self.n = n


def main() -> None:
    xs = [5, 3, 8]
    xs.insert(0, 1)
    xs.insert(-1, 7)
    xs.insert(100, 9)
    xs.insert(-100, 0)
    print(xs)
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
    xs.extend([4, 4])
    xs.extend(x * 10 for x in range(2))
    xs.extend(range(3))
    print(xs, xs.count(4), xs.index(4), xs.count(99))
    xs.remove(4)
    print(xs)
    ys = xs.copy()
    ys.reverse()
    print(xs, ys)
    ys.clear()
    print(ys, len(ys))
    words = ["b", "a", "c", "a"]
    print(words.index("a"), words.count("a"))
    words.remove("a")
    words.sort()
    print(words)
    fs: list[float] = [2.5, 1.5]
    fs.append(3.0)
    fs.insert(1, 0.5)
    print(fs, fs.index(2.5), [f / 2 for f in [1, 2]])
    a = Item(1)
    b = Item(2)
    items = [a, b, a]
    print(items.count(a), items.index(b))
    items.remove(a)
    print(len(items), items[0] is b)
    flags = [True, False, True]
    print(flags.count(True), flags.index(False))
    print(xs.index(100))


main()
