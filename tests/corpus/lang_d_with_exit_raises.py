class Res:
    def __enter__(self) -> "Res":
        return self

    def __exit__(self, t: object, e: object, tb: object) -> None:
        raise KeyError("from exit")


def main() -> None:
    with Res():
        raise ValueError("body")


main()
