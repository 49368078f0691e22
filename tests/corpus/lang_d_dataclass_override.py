from dataclasses import dataclass


@dataclass
class Base:
    a: int
    b: str = "base"


@dataclass
class Sub(Base):
    b: str = "override"
    c: float = 1.5


print(Sub(1), Sub(2, "x"), Base(3), Sub(1) == Sub(1, "override", 1.5))
