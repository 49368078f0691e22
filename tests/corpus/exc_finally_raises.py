# An exception raised in finally replaces the one in flight (which becomes
# its context); a return in finally swallows the exception.


def swallow() -> int:
    try:
        raise ValueError("lost")
    finally:
        return 7


def nested(n: int) -> str:
    out = ""
    try:
        try:
            if n > 0:
                raise IndexError("first")
            out += "a"
        finally:
            out += "b"
    except IndexError as e:
        out += "c" + str(e)
    finally:
        out += "d"
    return out


def main() -> None:
    print(swallow(), nested(0), nested(1))
    try:
        raise ValueError("original")
    finally:
        print("cleaning up")
        raise RuntimeError("in finally")


main()
