# An exception records its positional arguments before its __init__ runs (as
# BaseException.__new__ does), so a class that never calls super().__init__
# still shows them; several arguments show as a tuple.

class CodeOnly(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


class Pair(Exception):
    def __init__(self, a: str, b: int) -> None:
        self.a = a


class Good(ValueError):
    def __init__(self, msg: str, n: int) -> None:
        super().__init__(msg)
        self.n = n


def main() -> None:
    e = CodeOnly(404)
    print(str(e), repr(e), e.code)
    p = Pair("x", 2)
    print(str(p), repr(p))
    g = Good("bad", 3)
    print(str(g), repr(g), g.n)
    print(repr(ValueError("a", 1)), str(ValueError("a", 1)))
    raise e


main()
