from typing import Optional, Union


class A:
    def __init__(self) -> None:
        self.v = 1


class B:
    def __init__(self) -> None:
        self.v = 2


def main() -> None:
    xs: list[Union[A, B]] = [A(), B()]
    for u in xs:
        u.v = u.v * 10 + 7
        u.v += 1
        print(type(u).__name__, u.v)
    n: Optional[Union[A, B]] = None
    try:
        n.v = 3
    except AttributeError as e:
        print("AttributeError", e)


main()
