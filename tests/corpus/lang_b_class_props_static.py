# @property getters run on every read (side effects counted), setters that
# validate and raise, `obj.prop = obj.prop + n` (a get, then a set), a read-only
# property computed from other fields, @staticmethod called through the class,
# an instance and self, method aliases bound to the function at class-creation
# time (a subclass override does not change the alias), and __slots__.


class Thermo:
    __slots__ = ("_c", "reads")
    _c: float
    reads: int

    def __init__(self, c: float) -> None:
        self._c = c
        self.reads = 0

    @property
    def celsius(self) -> float:
        self.reads += 1
        return self._c

    @celsius.setter
    def celsius(self, v: float) -> None:
        if v < -273.15:
            raise ValueError(f"below absolute zero: {v}")
        self._c = v

    @property
    def fahrenheit(self) -> float:
        return Thermo.to_f(self._c)

    @staticmethod
    def to_f(c: float) -> float:
        return c * 9.0 / 5.0 + 32.0

    @staticmethod
    def clamp(v: int, lo: int, hi: int) -> int:
        return max(lo, min(hi, v))

    def level(self) -> int:
        return self.clamp(int(self._c) // 10, 0, 5)

    def report(self) -> str:
        return f"{self._c}C/{self.fahrenheit}F L{self.level()}"

    show = report


class Loud(Thermo):
    def report(self) -> str:
        return "LOUD " + super().report()


def main() -> None:
    t = Thermo(20.0)
    print(t.celsius, t.celsius, t.reads)
    t.celsius = t.celsius + 5.5
    print(t.celsius, t.reads, t.fahrenheit)
    try:
        t.celsius = -300.0
    except ValueError as e:
        print("ValueError:", e)
    print(t.celsius, t.reads)
    print(Thermo.to_f(100.0), t.to_f(-40.0), Thermo.clamp(9, 0, 5), t.clamp(-3, 0, 5))
    print(t.report(), t.show())
    t.celsius = 99.0
    print(t.level(), t.report())
    loud = Loud(-5.0)
    print(loud.report(), loud.show(), Loud.to_f(0.0))
    base: Thermo = loud
    print(base.report(), base.show())
    print(loud.celsius, loud.reads)


main()
