class Quiet:
    def __enter__(self) -> "Quiet":
        return self

    def __exit__(self, *args: object) -> None:
        print("exit")


class Loud:
    def __enter__(self) -> "Loud":
        return self

    def __exit__(self, a: object, b: object, c: object) -> bool:
        print("loud exit")
        return True


def f(n: int) -> int:
    with Quiet():
        return n * 2


def g(n: int) -> int:
    with Quiet(), Quiet():
        if n > 0:
            return 1
        raise ValueError("neg")


def h(n: int) -> int:
    with Loud():
        if n:
            raise KeyError(n)
        return 3
    return -1


print(f(4), g(1), h(0), h(5))
try:
    g(-1)
except ValueError as e:
    print("caught", e)
