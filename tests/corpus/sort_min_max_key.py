# sorted/list.sort with key= (lambdas and functions) are stable, with reverse=
# keeping equal items in order; lists of tuples sort element by element;
# min/max with key= return the first extreme item.


class Person:
    name: str
    age: int

    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self.age = age


def by_age(p: Person) -> int:
    return p.age


def main() -> None:
    people = [Person("ann", 31), Person("bob", 25), Person("cy", 31), Person("dan", 25), Person("eve", 40)]
    print([p.name for p in sorted(people, key=by_age)])
    print([p.name for p in sorted(people, key=lambda p: p.age, reverse=True)])
    print([p.name for p in sorted(people, key=lambda p: (-p.age, p.name))])
    words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
    words.sort(key=lambda w: len(w))
    print(words)
    words.sort(key=lambda w: w.lower())
    print(words, sorted(words, key=lambda w: w[-1]), sorted(words, key=len))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=lambda t: t[1]))
    print(max(people, key=by_age).name, min(people, key=lambda p: p.age).name, max(words, key=len))
    print(min([3, -7, 5, 7], key=abs), max([3, -7, 5, 7], key=lambda x: x * x), max(range(10), key=lambda i: i % 4))
    xs: list[int] = []
    print(max(xs, key=lambda x: x))


main()
