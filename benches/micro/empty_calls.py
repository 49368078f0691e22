# Micro: 5,000,000 calls of an empty method (call overhead plus the loop).
class C:
    def f(self) -> None:
        pass


def main() -> None:
    c = C()
    for i in range(5000000):
        c.f()


main()
