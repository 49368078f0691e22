# An error inside a comprehension or generator expression: CPython runs each
# in a frame of its own (<listcomp>, <genexpr>, <dictcomp>), which the
# traceback shows; the first iterable is evaluated outside it.


def risky(x: int) -> int:
    return 10 // x


def main() -> None:
    try:
        print([risky(x) for x in [5, 2, 0]])
    except ZeroDivisionError as e:
        print("caught", e)
    print(sum(risky(x) for x in [1, 2]), {x: risky(x) for x in [1, 5]})
    grid = [[risky(c) for c in range(1, r + 2)] for r in range(3)]
    print(grid)
    print(all(risky(x) > 0 for x in [3, 0, 1]))


main()
