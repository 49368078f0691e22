# Raising a builtin exception with a message.
def parse_age(n: int) -> int:
    if n < 0:
        raise ValueError("age must be non-negative, got " + str(n))
    return n


print(parse_age(30))
print(parse_age(-2))
