# Return types inferred from the body when not annotated.
def half(x: float):
    return x / 2.0


def greet(name: str):
    return "hi " + name


def nothing(x: int):
    if x > 0:
        print("positive")


def pick(a: int, b: int):
    if a > b:
        return a
    return b


print(half(5.0), greet("ada"), pick(3, 9), pick(-1, -7))
nothing(3)
nothing(-3)
