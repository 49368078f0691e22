# A comparison whose right operand is an instance of a proper subclass of the
# left one's class calls the right operand's (mirrored) method first, decided at
# run time as CPython does.

class A:
    v: int
    def __init__(self, v: int) -> None:
        self.v = v
    def __eq__(self, other: "A") -> bool:
        print("eq called on", self.v, "with", other.v)
        return self.v == other.v
class B(A):
    pass
print(A(1) == B(2))
