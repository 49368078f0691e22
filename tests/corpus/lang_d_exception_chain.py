class Res:
    def __enter__(self) -> "Res":
        return self

    def __exit__(self, t: object, e: object, tb: object) -> bool:
        print("exit type", t.__name__ if t is not None else "-")
        return t is not None and t.__name__ == "KeyError"


class AppError(Exception):
    pass


def main() -> None:
    try:
        d: dict[str, int] = {}
        try:
            d["k"]
        except KeyError as e:
            raise ValueError("bad") from e
    except ValueError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__)
    xs: list[int] = []
    try:
        try:
            xs[1]
        except IndexError:
            raise AppError("app")
    except AppError as e:
        print(repr(e.__context__), e.__cause__)
        ctx = e.__context__
        if ctx is not None:
            print(type(ctx).__name__, str(ctx))
    with Res():
        raise KeyError("swallowed")
    with Res():
        pass
    try:
        with Res():
            raise AppError("kept")
    except AppError as e:
        print("kept", e, e.__context__)


main()
