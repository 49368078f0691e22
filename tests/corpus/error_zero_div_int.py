# Integer floor division by zero raises ZeroDivisionError after earlier output.
def ratio(a: int, b: int) -> int:
    return a // b


for d in [3, 2, 1, 0]:
    print(d, ratio(10, d))
