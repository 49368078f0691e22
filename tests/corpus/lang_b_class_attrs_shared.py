# Class attributes: read through the class, an instance and self; rebound
# through the class (every instance, also of a subclass, sees it); a
# class-level list is shared by all instances (mutated through one, rebound
# through the class); ClassVar counters updated from __init__.
from typing import ClassVar


class Config:
    BASE = 10
    DOUBLE: ClassVar[int] = 10 * 2
    NAME = "cfg"
    RATE: ClassVar[float] = 0.5
    instances: ClassVar[int] = 0
    history: ClassVar[list[str]] = []
    value: int

    def __init__(self, value: int) -> None:
        self.value = value
        Config.instances += 1
        Config.history.append(f"new {value}")

    def scaled(self) -> float:
        return self.value * self.RATE + self.BASE


class Child(Config):
    def scaled(self) -> float:
        return super().scaled() * 2


def main() -> None:
    a = Config(1)
    b = Child(2)
    print(Config.BASE, Config.DOUBLE, a.BASE, b.DOUBLE, Config.NAME, Child.NAME, a.NAME, b.NAME)
    print(a.scaled(), b.scaled(), Config.instances, Child.instances)
    Config.RATE = 2.0
    Config.BASE = 0
    print(a.scaled(), b.scaled(), a.RATE, b.RATE, Child.RATE, Child.BASE)
    Config.RATE = 3.0
    print(a.RATE, b.RATE, Config.DOUBLE)
    Config.NAME = "renamed"
    print(a.NAME, b.NAME, Child.NAME)
    c = Config(3)
    b.history.append("via instance")
    print(Config.instances, Child.instances, c.instances)
    print(Config.history, len(Child.history), a.history is Child.history)
    fresh: list[str] = []
    Config.history = fresh
    print(Config.history, b.history)


main()
