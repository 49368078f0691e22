from dataclasses import dataclass


@dataclass
class P:
    x: int
    y: int


def main() -> None:
    ps = [P(1, 2), P(3, 4), P(1, 2), P(5, 6)]
    print(ps.count(P(1, 2)), ps.index(P(3, 4)), ps.index(P(1, 2)), ps.count(P(9, 9)))
    ps.remove(P(1, 2))
    print(ps)
    try:
        ps.index(P(7, 7))
    except ValueError as e:
        print("ValueError", e)
    try:
        ps.remove(P(7, 7))
    except ValueError as e:
        print("ValueError", e)
    print(len(ps), P(5, 6) in ps)


main()
