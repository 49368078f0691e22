# Micro: the same 5,000,000-iteration loop with an add instead of a call.
def main() -> None:
    x = 0
    for i in range(5000000):
        x += i


main()
