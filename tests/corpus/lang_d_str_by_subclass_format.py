class A:
    pass


class B(A):
    def __str__(self) -> str:
        return "B!"

    def __repr__(self) -> str:
        return "rB"


a: A = B()
print(f"{a}", "%s" % a, "{}".format(a), [a], (a, 1), str(a), repr(a))
