class C:
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, C):
            return NotImplemented
        print("C.eq")
        return True


class D(C):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, D):
            return NotImplemented
        print("D.eq")
        return True


print(C() == D(), D() == C(), C() != D(), D() == D(), C() == C())
c = C()
cs: list[C] = [D(), C()]
ds: list[C] = [D()]
print(c in cs, ds.count(C()))
