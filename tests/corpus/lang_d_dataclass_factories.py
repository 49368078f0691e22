from dataclasses import dataclass, field


class Box:
    def __init__(self) -> None:
        print("new box")
        self.v = 1


@dataclass
class S:
    s: set[int] = field(default_factory=set, repr=False)
    d: dict[str, int] = field(default_factory=dict)
    b: Box = field(default_factory=Box)


x = S()
x.s.add(3)
print(len(x.s), x.d, len(S().s) == 0)
y = S(b=x.b)
print(y.b is x.b, len(y.s))
