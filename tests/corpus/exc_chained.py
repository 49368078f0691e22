# An exception raised while another is handled carries it as its context;
# `raise ... from` sets the cause; `from None` hides the context. The uncaught
# report prints the whole chain, as CPython does.


class ConfigError(Exception):
    pass


def load(key: str) -> int:
    table = [1, 2, 3]
    try:
        return table[len(key)]
    except IndexError as e:
        raise ConfigError("missing " + key) from e


def lookup(key: str) -> int:
    try:
        return load(key)
    except ConfigError:
        raise ValueError("bad key") from None


def main() -> None:
    print(load("a"))
    try:
        lookup("abcdef")
    except ValueError as e:
        print("lookup failed:", e)
    try:
        load("abcd")
    except ConfigError as e:
        print("load failed:", e)
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            raise KeyError("during")
    except KeyError as e:
        print("caught", repr(e))
    try:
        1 // 0
    except ZeroDivisionError:
        empty: list[int] = []
        print(empty[0])


main()
