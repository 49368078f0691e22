from typing import Callable


class Account:
    def __init__(self, owner: str, balance: float) -> None:
        self.owner = owner
        self.balance = balance


def make_accumulator() -> Callable[[float], float]:
    total = 0.0

    def add(x: float) -> float:
        nonlocal total
        total += x
        return total

    return add


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def shadowing() -> None:
    x = 1

    def inner() -> int:
        x = 50
        return x

    print(inner(), x)


def reassign_after_capture() -> None:
    msg = "first"
    show = lambda: "msg=" + msg
    print(show())
    msg = "second"
    print(show())


def counter_pair() -> None:
    n = 0

    def inc() -> None:
        nonlocal n
        n += 1

    def dec() -> None:
        nonlocal n
        n -= 1

    for _ in range(5):
        inc()
    dec()
    print("n =", n)


def captured_object() -> None:
    acct = Account("ann", 10.0)
    deposit = lambda amt: setattr_like(acct, amt)
    deposit(5.0)
    print(acct.owner, acct.balance)
    acct = Account("bob", 1.0)
    deposit(2.0)
    print(acct.owner, acct.balance)


def setattr_like(a: Account, amt: float) -> None:
    a.balance += amt


def errors() -> None:
    div = lambda a, b: a // b
    try:
        print(div(7, 0))
    except ZeroDivisionError as e:
        print("caught", e)
    items = [1, 2, 3]
    get = lambda i: items[i]
    try:
        print(get(5))
    except IndexError as e:
        print("caught", e)


def main() -> None:
    acc = make_accumulator()
    acc(1.5)
    acc(2)
    print(acc(0.25))
    inc_then_double = compose(lambda v: v * 2, lambda v: v + 1)
    print(inc_then_double(5))
    shadowing()
    reassign_after_capture()
    counter_pair()
    captured_object()
    errors()
    big = 2 ** 52
    grow = lambda: big + 0.5
    print(grow(), (lambda: big + 1)() == big + 1)
    pick = lambda flag: "yes" if flag else "no"
    print(pick(True), pick(0), pick(""))
    sq = [(lambda y: y * y)(k) for k in range(5)]
    print(sq)
    empty: list[int] = []
    fail = lambda: empty[0]
    fail()


main()
