from typing import Iterator


def parse(items: list[str]) -> Iterator[int]:
    for s in items:
        bad = False
        try:
            v = int(s)
            yield v * 2
            if v == 7:
                raise KeyError(s)
        except ValueError:
            bad = True
        except KeyError as e:
            print("key", e)
        if bad:
            yield -1
    yield 100


def nested() -> Iterator[str]:
    empty: list[int] = []
    try:
        try:
            yield "a"
            empty[0]
        except IndexError:
            print("inner caught")
        yield "b"
        raise ZeroDivisionError("z")
    except ZeroDivisionError as e:
        print("outer caught", e)
    yield "c"


def main() -> None:
    print(list(parse(["1", "x", "7", "3"])))
    g = parse(["5", "y"])
    print(next(g))
    print(next(g))
    for s in nested():
        print("got", s)
    try:
        for v in parse(["2", "9"]):
            print(v)
            if v == 18:
                raise ValueError("in the loop body")
    except ValueError as e:
        print("body error", e)


main()
