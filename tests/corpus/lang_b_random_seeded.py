# The random module, seeded: reseeding replays the same stream (also for
# gauss, whose cached second value the seed must discard), seeds of several
# kinds (0, negative, large, str), randint/randrange with wide, negative and
# stepped ranges, choice/shuffle/sample on lists of several types, uniform
# with reversed bounds, and the ValueErrors of empty ranges and samples.
import random


def stream(n: int) -> list[float]:
    return [random.random() for _ in range(n)]


def main() -> None:
    random.seed(0)
    first = stream(3)
    random.seed(0)
    print(str(first) == str(stream(3)), first)
    random.seed(7)
    g1 = random.gauss(0.0, 1.0)
    random.seed(7)
    g2 = random.gauss(0.0, 1.0)
    g3 = random.gauss(0.0, 1.0)
    print(g1 == g2, g1, g3)
    random.seed(7)
    print(random.gauss(10.0, 0.5), random.random())
    for seed in [0, 1, -1, 123456789, 2 ** 62, -(2 ** 40)]:
        random.seed(seed)
        print(seed, random.random(), random.randint(1, 6), random.randrange(100))
    random.seed("jcvm")
    print(random.random(), random.randint(-5, 5))
    random.seed("")
    print(random.random())
    random.seed(99)
    print([random.randint(0, 2 ** 62) for _ in range(3)])
    print([random.randint(-(2 ** 62), 2 ** 62) for _ in range(3)])
    print([random.randrange(10, 0, -3) for _ in range(8)])
    print([random.randrange(-50, 50, 7) for _ in range(8)])
    print([random.randrange(1, 2) for _ in range(3)], random.randrange(2 ** 61))
    print([random.uniform(5.0, 1.0) for _ in range(3)], random.uniform(-1.0, 1.0))
    words = ["ant", "bee", "cat", "dog", "eel", "fox"]
    nums = [1.5, 2.5, 3.5, 4.5]
    print(random.choice(words), random.choice(nums), random.choice(list(range(1000))), random.choice([True, False]))
    random.shuffle(words)
    random.shuffle(nums)
    print(words, nums)
    print(random.sample(words, 3), random.sample(nums, 4), random.sample(range(10 ** 5), 4), random.sample(words, 0))
    deck = list(range(52))
    for _ in range(3):
        random.shuffle(deck)
    print(deck[:10], sum(deck))
    hist = [0] * 6
    for _ in range(600):
        hist[random.randint(1, 6) - 1] += 1
    print(hist)
    print(round(sum(random.gauss(5.0, 2.0) for _ in range(100)), 9))
    try:
        random.randrange(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        random.randint(5, 4)
    except ValueError as e:
        print("ValueError:", e)
    try:
        random.sample(words, 7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        random.randrange(5, 5)
    except ValueError as e:
        print("ValueError:", e)


main()
