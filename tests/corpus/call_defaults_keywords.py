# Default arguments (a mutable default is shared by every call), keyword and
# keyword-only arguments, to functions, methods and constructors.

SCALE = 3


def add(a: int, b: int = 10, c: int = -1) -> int:
    return a * 100 + b * 10 + c


def collect(x: int, into: list[int] = []) -> list[int]:
    into.append(x)
    return into


def scaled(x: float, k: int = SCALE * 2) -> float:
    return x * k


def describe(name: str, *, loud: bool = False, times: int = 1) -> str:
    text = name * times
    return text + "!" if loud else text


def only_pos(a: int, b: int, /, c: int = 0) -> int:
    return a - b + c


class Account:
    owner: str
    balance: float

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: float, fee: float = 0.5) -> float:
        self.balance += amount - fee
        return self.balance


def main() -> None:
    print(add(1), add(1, 2), add(1, 2, 3), add(1, c=5), add(c=7, a=2), add(b=0, a=0, c=0))
    first = collect(1)
    second = collect(2)
    print(first, second, first is second)
    print(collect(3, []), collect(4))
    print(scaled(1.5), scaled(1.5, k=1))
    print(describe("ab"), describe("ab", loud=True), describe("ab", times=3, loud=False))
    print(only_pos(5, 3), only_pos(5, 3, c=10))
    acc = Account("ann")
    other = Account(balance=5.0, owner="bob")
    print(acc.deposit(10.0), acc.deposit(10.0, fee=0.0), acc.deposit(amount=1.0))
    print(other.owner, other.balance)


SCALE = 100
main()
