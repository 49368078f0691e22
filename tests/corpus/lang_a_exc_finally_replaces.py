# An exception raised inside finally (or inside an except handler) replaces
# the one in flight; the handler that follows sees only the new one. The
# program ends with an uncaught replacement raised in a finally two calls
# deep, so the report shows both tracebacks chained as CPython prints them.


class Cleanup(Exception):
    pass


def replace_in_finally(n: int) -> int:
    try:
        return 10 // n
    finally:
        if n == 0:
            raise Cleanup("cleanup failed for " + str(n))


def replace_in_handler(key: str) -> int:
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise ValueError("no entry " + repr(key))


def finally_after_handler(flag: bool) -> str:
    out = ""
    try:
        try:
            raise IndexError("first")
        except IndexError:
            out += "h"
            if flag:
                raise TypeError("second")
        finally:
            out += "f"
    except TypeError as e:
        out += "[" + str(e) + "]"
    return out


def close(name: str) -> None:
    print("closing", name)
    raise Cleanup("close " + name)


def work(name: str) -> int:
    xs = [1, 2, 3]
    try:
        return xs[len(name)]
    finally:
        close(name)


def main() -> None:
    print(replace_in_finally(5))
    try:
        replace_in_finally(0)
    except ZeroDivisionError:
        print("not reached: the division error was replaced")
    except Cleanup as e:
        print("caught Cleanup", e)
    print(replace_in_handler("a"))
    try:
        replace_in_handler("b")
    except KeyError:
        print("not reached")
    except ValueError as e:
        print("caught", repr(e))
    print(finally_after_handler(False), finally_after_handler(True))
    try:
        work("ab")
    except Cleanup as e:
        print("work failed:", e)
    print(work("abcd"))


main()
