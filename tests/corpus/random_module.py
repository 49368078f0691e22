# The random module with CPython's exact Mersenne Twister: a seeded program
# prints the same numbers as CPython.
import random
from random import randint, choice


def main() -> None:
    random.seed(42)
    print(random.random(), randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.randrange(-3, 3))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, choice(xs), random.sample(xs, 3), random.uniform(1.0, 2.0))
    print(random.gauss(0.0, 1.0), random.gauss(0.0, 1.0), random.getrandbits(16), random.getrandbits(40))
    print(random.normalvariate(10.0, 2.0), random.expovariate(1.5), random.triangular(0.0, 10.0), random.triangular(0.0, 10.0, 9.0))
    random.seed("hello")
    print(random.random(), random.randint(-10 ** 12, 10 ** 12))
    random.seed(2 ** 40 + 7)
    words = ["alpha", "beta", "gamma", "delta"]
    print([choice(words) for _ in range(6)], random.sample(range(100), 5))
    random.seed(-5)
    total = 0
    for _ in range(1000):
        total += random.randint(0, 9)
    print(total)
    random.seed(1)
    empty: list[int] = []
    try:
        print(random.choice(empty))
    except IndexError as e:
        print("IndexError:", e)


main()
