class Res:
    def __init__(self, name: str, suppress: bool) -> None:
        self.name = name
        self.suppress = suppress

    def __enter__(self) -> tuple[int, str]:
        if self.name == "bad":
            raise RuntimeError("enter failed")
        return (1, self.name)

    def __exit__(self, t: object, e: object, tb: object) -> bool:
        print("exit", self.name, t)
        if self.name == "exitraise":
            raise KeyError("from exit")
        return self.suppress


class Holder:
    def __init__(self) -> None:
        self.pair: tuple[int, str] = (0, "")


def maybe(flag: bool) -> int:
    with Res("s", True):
        if flag:
            raise ValueError("v")
        y = 3
    return y


def main() -> None:
    h = Holder()
    with Res("a", False) as h.pair:
        print(h.pair)
    with Res("b", False) as (n, s):
        print(n, s)
    try:
        with Res("bad", False):
            print("never")
    except RuntimeError as e:
        print("enter raised", e)
    print(maybe(False))
    try:
        print(maybe(True))
    except UnboundLocalError as e:
        print("unbound", e)
    try:
        with Res("exitraise", False):
            raise ValueError("body")
    except KeyError as e:
        print("exit error", e)
    with Res("last", False):
        x = [1, 2]
        print(x[
            5])


main()
