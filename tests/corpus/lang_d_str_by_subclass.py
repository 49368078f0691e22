class Base:
    def __repr__(self) -> str:
        return "base"


class Child(Base):
    def __str__(self) -> str:
        return "child"


class Grand(Child):
    def __repr__(self) -> str:
        return "grand-repr"


class Plain:
    pass


class Fancy(Plain):
    def __str__(self) -> str:
        return "fancy"


def show(b: Base) -> None:
    print(b, str(b), f"{b}", repr(b), f"{b!r}", [b])


def show_plain(p: Plain) -> str:
    return str(p)


show(Base())
show(Child())
show(Grand())
print(show_plain(Fancy()))
