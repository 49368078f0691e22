# A global read before its first assignment is a NameError, as in CPython.
def f() -> int:
    return g

print(f())
g = 5
