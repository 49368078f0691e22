# Bare `raise` re-raises the exception being handled with its original
# traceback (the frames of the first raise stay, the re-raising line is not
# added); `raise e` adds the line of the raise. After a nested try inside a
# handler completes, bare `raise` again means the outer exception. The last
# re-raise is uncaught so its traceback frames are compared.


class ParseError(Exception):
    pass


def parse_digit(s: str) -> int:
    if not s.isdigit():
        raise ParseError("not a digit: " + repr(s))
    return int(s)


def logged(s: str) -> int:
    try:
        return parse_digit(s)
    except ParseError:
        print("logged failure for", s)
        raise


def named(s: str) -> int:
    try:
        return parse_digit(s)
    except ParseError as e:
        print("named re-raise for", s)
        raise e


def inner_handled_then_reraise(s: str) -> int:
    try:
        return parse_digit(s)
    except ParseError:
        try:
            {"k": 1}["missing"]
        except KeyError as k:
            print("inner handler saw", repr(k))
        print("re-raising the outer one")
        raise


def reraise_selected(codes: list[int]) -> int:
    handled = 0
    for c in codes:
        try:
            if c < 0:
                raise ValueError("negative " + str(c))
            if c == 0:
                raise ZeroDivisionError("zero code")
        except ValueError:
            handled += 1
        except ZeroDivisionError:
            if handled > 1:
                raise
            handled += 10
    return handled


def chain(depth: int, s: str) -> int:
    if depth == 0:
        return logged(s)
    try:
        return chain(depth - 1, s)
    except ParseError:
        print("level", depth, "passes it on")
        raise


def main() -> None:
    print(logged("7"))
    try:
        logged("x")
    except ParseError as e:
        print("main caught:", e)
    try:
        named("y")
    except ParseError as e:
        print("main caught:", e)
    try:
        inner_handled_then_reraise("z")
    except ParseError as e:
        print("outer again:", e)
    except KeyError:
        print("wrong exception")
    print(reraise_selected([0, -1, 3]))
    try:
        reraise_selected([-1, -2, 0, 5])
    except ZeroDivisionError as e:
        print("selected:", e)
    print(chain(2, "5"))
    chain(2, "q")


main()
