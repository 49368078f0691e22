# enumerate, zip, reversed in loops; sum, any, all, list, sorted, min and max
# over iterables and generator expressions; tuples as iterables.


def main() -> None:
    names = ["ann", "bob", "cy"]
    ages = [31, 25, 40, 99]
    for i, name in enumerate(names):
        print(i, name)
    for i, name in enumerate(names, 1):
        print(i, name)
    for pair in enumerate(names, start=10):
        print(pair)
    for name, age in zip(names, ages):
        print(name, age)
    print(list(zip(names, ages)), list(enumerate("ab")))
    for x in reversed(ages):
        print(x, end=" ")
    print()
    for k in reversed(range(3)):
        print(k, end=",")
    for k in reversed(range(2, 5)):
        print(k, end=";")
    print()
    print(sum(ages), sum(ages, 100), sum([0.5, 0.25]), sum(x * x for x in range(5)))
    print(sum([0.1] * 10), sum([1.5, 2.5], 1), sum(range(101)), sum([], 7))
    print(any(a > 90 for a in ages), all(a > 20 for a in ages), any([]), all([]))
    print(any(n == "bob" for n in names), all(len(n) == 3 for n in names))
    print(list(range(5)), list(range(10, 0, -3)), list("xyz"), list(x + 1 for x in ages))
    print(sorted(ages), sorted(ages, reverse=True), sorted(names), sorted("banana"))
    floats = [2.5, -1.0, 3.25, 0.0]
    floats.sort()
    print(floats, sorted(f * 2 for f in floats))
    words = ["pear", "fig", "apple"]
    words.sort(reverse=True)
    print(words)
    print(max(a for a in ages if a < 50), min(len(n) for n in names), max(range(7)), min("hello"))
    print(max(ages), min(3, 9, 1), max(2.5, 1.5))
    for v in (1, 2, 3):
        print(v * 10, end=" ")
    print()
    mixed = [(n, a) for n, a in zip(names, ages) if a > 26]
    print(mixed)
    total = 0
    for i, (n, a) in enumerate(zip(names, ages)):
        total += i * a
    print(total)
    grow = [1, 2, 3]
    for g in grow:
        if g < 5:
            grow.append(g + 3)
    print(grow)
    print(max([1]), sum(x for x in []), list(reversed(names)))
    print(max(x for x in [1, 2] if x > 5))


main()
