# Float // and % follow CPython (sign of the divisor, -0.0 results).
def show(a: float, b: float) -> None:
    print(a, b, a // b, a % b)


values = [7.5, -7.5, 0.0, -0.0, 1.0, 3.25, -0.5, 1e-300, 1e300]
divisors = [2.0, -2.0, 0.5, -0.5, 3.0, 1e-10]
for a in values:
    for b in divisors:
        show(a, b)
print(5 % 3.0, -5 // 2.5, 5.0 % -3, 7 // 2.0)
