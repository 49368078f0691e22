from typing import Callable


def twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def main() -> None:
    fs: list[Callable[[int], int]] = [lambda v: v + 1, lambda v: v * 3]
    for f in fs:
        print(twice(f, 2))
    h = fs[1]
    print(twice(h, 1), [twice(g, 0) for g in fs])
    k = 5
    fs.append(lambda v: v - k)
    k = 100
    print(fs[2](1), len(fs))
    fs[0] = fs[2]
    print(fs[0](0))


main()
