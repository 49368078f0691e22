# Unbounded recursion ends in RecursionError, as in CPython.
def down(n: int) -> int:
    return down(n + 1) + 1


print("start")
print(down(0))
