# Recursion: fib, mutual recursion, deep recursion under CPython's limit.
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(fib(20), fib(1), fib(0))
print(is_even(100), is_odd(77), depth(950), ackermann(2, 3))
