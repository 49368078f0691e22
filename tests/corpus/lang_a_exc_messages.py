# str() and repr() of exceptions built by the program and raised by the
# runtime: KeyError's str is the repr of its key (quotes, tuples, ints,
# the empty string), empty and missing messages, escapes in repr, and the
# exact messages of common builtin failures. Ends with an uncaught KeyError.
import math


def show(e: Exception) -> None:
    print(f"str=[{e}] repr=[{e!r}]")


def main() -> None:
    show(KeyError("k"))
    show(KeyError(3))
    show(KeyError(""))
    show(KeyError("it's"))
    show(KeyError('say "hi"'))
    show(ValueError(""))
    show(ValueError())
    show(RuntimeError("line1\nline2\ttab"))
    show(Exception("it's"))
    show(IndexError(7))
    d = {(1, 2): "a"}
    try:
        print(d[(2, 1)])
    except KeyError as e:
        show(e)
    names = {"ann": 1}
    try:
        names.pop("bob")
    except KeyError as e:
        show(e)
    nums: dict[int, str] = {}
    try:
        print(nums[-5])
    except KeyError as e:
        show(e)
    s: set[str] = set()
    try:
        s.remove("gone")
    except KeyError as e:
        show(e)
    xs = [1, 2, 3]
    empty: list[int] = []
    try:
        xs.remove(9)
    except ValueError as e:
        show(e)
    try:
        print(xs.index(5))
    except ValueError as e:
        show(e)
    try:
        empty.pop()
    except IndexError as e:
        show(e)
    try:
        print(xs[3])
    except IndexError as e:
        show(e)
    try:
        print("abc"[5])
    except IndexError as e:
        show(e)
    try:
        print("abc".index("z"))
    except ValueError as e:
        show(e)
    try:
        print(int("12x"))
    except ValueError as e:
        show(e)
    try:
        print(int(""))
    except ValueError as e:
        show(e)
    try:
        print(float("1.2.3"))
    except ValueError as e:
        show(e)
    try:
        print(max(empty))
    except ValueError as e:
        show(e)
    try:
        print(math.sqrt(-1.0))
    except ValueError as e:
        show(e)
    zero = 0
    fzero = 0.0
    for op in range(5):
        try:
            if op == 0:
                print(1 // zero)
            elif op == 1:
                print(1 % zero)
            elif op == 2:
                print(1.0 / fzero)
            elif op == 3:
                print(1.0 // fzero)
            else:
                print(1.0 % fzero)
        except ZeroDivisionError as e:
            show(e)
    table = {"alpha": 1, "beta": 2}
    key = "gam" + "ma"
    print(table[key])


main()
