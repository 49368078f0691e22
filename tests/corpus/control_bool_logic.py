# and/or return operand values, not, chained comparisons, conditional expressions.
x = 5
y = 0
print(x and y, x or y, y or x, y and x, not x, not y)
print(0 or 0, 3 and 4, "" or "default", "a" and "b", 0.0 or 2.5)
print(1 < x < 10, 1 < x > 10, 0 <= y <= 0 < x, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3)
print("yes" if x > 3 else "no", "yes" if y else "no", 1 if x else 0)
calls = [0]


def touch(v: bool) -> bool:
    calls[0] += 1
    return v


if touch(False) and touch(True):
    print("unreachable")
if touch(True) or touch(True):
    print("short-circuit", calls[0])
a = 3
b = 7
print(a if a > b else b, max(a, b) if a != b else 0, (a < b) == True)
