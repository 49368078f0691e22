# `i % d` and `i // d` by a constant d >= 2 skip the sign corrections in
# compiled code when i is a `range` loop's variable counting up by 1 from a
# start of at least 0 that the loop body never writes. Everything else
# (negative starts, a start the compiler does not know, a counter written in
# the body, counting down, a variable reused by an inner loop) keeps
# Python's floor semantics.


def from_zero(n: int) -> int:
    t = 0
    for i in range(n):
        t += i % 7 * 3 + i // 10
    return t


def from_negative(n: int) -> int:
    t = 0
    for i in range(-n, n):
        t += i % 7 * 3 + i // 10
    return t


def from_unknown(a: int, n: int) -> int:
    t = 0
    for i in range(a, n):
        t += i % 7 * 3 + i // 10
    return t


def written_in_body(n: int) -> int:
    t = 0
    for i in range(n):
        if i % 4 == 3:
            i = i - 50
        t += i % 7 + i // 10
    return t


def counting_down(n: int) -> int:
    t = 0
    for i in range(n, -n, -1):
        t += i % 7 + i // 10
    return t


def reused_by_inner(n: int) -> int:
    t = 0
    for i in range(n):
        t += i % 5
        for i in range(-3, 2):
            t += i % 5 + i // 3
        t += i % 9
    return t


def big_counter() -> int:
    t = 0
    for i in range(9223372036854775800, 9223372036854775807):
        t += i % 1000 + (i // 1000000007) % 97
    return t


def main() -> None:
    print(from_zero(1000), from_negative(1000), from_unknown(-37, 500), from_unknown(41, 500))
    print(written_in_body(200), counting_down(300), reused_by_inner(50))
    print(big_counter())


main()
