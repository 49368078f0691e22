def cyc() -> None:
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise TypeError("second")
        except TypeError as e2:
            raise e1


def main() -> None:
    try:
        cyc()
    except ValueError as w:
        ctx = w.__context__
        print(repr(w), repr(ctx), repr(ctx.__context__) if ctx is not None else "-")
    try:
        try:
            raise KeyError("a")
        except KeyError as k:
            try:
                raise IndexError("b")
            except IndexError:
                raise k
    except KeyError as k2:
        print(repr(k2.__context__))
    cyc()


main()
