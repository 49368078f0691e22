# try/except/else/finally: matching by class and base class, tuples of
# classes, `as` names scoped to their block, else and finally on every path,
# return/break/continue through finally, errors raised by the runtime.


class AppError(Exception):
    pass


class CodeError(AppError):
    code: int

    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


def risky(n: int) -> int:
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise CodeError("one", 11)
    if n == 2:
        return 10 // (n - 2)
    if n == 3:
        xs = [1, 2]
        return xs[n]
    return n


def trial(n: int) -> str:
    try:
        v = risky(n)
    except ValueError as e:
        return "value " + str(e)
    except CodeError as e:
        return f"code {e.code} {e}"
    except (ZeroDivisionError, KeyError) as e:
        return "arith " + repr(e)
    except LookupError as e:
        return "lookup " + str(e)
    else:
        return "ok " + str(v)
    finally:
        print("finally", n)


def finally_overrides() -> int:
    try:
        return 1
    finally:
        print("cleanup")


def count_with_continue() -> int:
    total = 0
    for i in range(6):
        try:
            if i % 2 == 0:
                continue
            if i == 5:
                break
            total += i
        finally:
            total += 100
    return total


def parse(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return -1


def main() -> None:
    for n in range(5):
        print(trial(n))
    print(finally_overrides(), count_with_continue())
    print(parse("12"), parse("x"), parse(""))
    try:
        try:
            raise AppError("inner")
        except AppError:
            print("caught inner")
            raise
    except Exception as e:
        print("outer got", e, repr(e))
    try:
        raise KeyError("k")
    except LookupError as e:
        print(repr(e), str(e))
    try:
        raise KeyError(40)
    except KeyError as e:
        print(repr(e), str(e))
    try:
        assert 1 > 2, "math is broken"
    except AssertionError as e:
        print("assert:", e)
    try:
        print(1.0 / 0.0)
    except ZeroDivisionError as e:
        print("zde:", e)
    try:
        raise RuntimeError
    except RuntimeError as e:
        print("bare:", repr(e), "[" + str(e) + "]")
    caught = 0
    for k in range(3):
        try:
            if k == 1:
                raise NotImplementedError("nope")
        except RuntimeError:
            caught += 1
        else:
            caught += 10
    print(caught)
    risky(1)


main()
