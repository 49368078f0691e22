# Cases a review found: a negative __len__, format() of an object with __str__,
# divmod of floats by zero, and the loop variables after zip() stops.

class Bad:
    n: int
    def __init__(self, n: int) -> None:
        self.n = n
    def __len__(self) -> int:
        return self.n
class T:
    d: float
    def __init__(self, d: float) -> None:
        self.d = d
    def __str__(self) -> str:
        return f"{self.d}C"
def main() -> None:
    b = Bad(-1)
    try:
        print(len(b))
    except ValueError as e:
        print("ValueError", e)
    try:
        if b:
            print("t")
    except ValueError as e:
        print("ValueError", e)
    print(format(T(1.5)), format(T(2.5), ""))
    try:
        print(divmod(1.0, 0.0))
    except ZeroDivisionError as e:
        print(e)
    xs = [1, 2, 3, 4]
    ys = ["a", "b"]
    for x, y in zip(xs, ys):
        pass
    print(x, y)
main()
