# Float division by zero.
def inverse(x: float) -> float:
    return 1.0 / x


print(inverse(4.0), inverse(-0.5))
print(inverse(0.0))
