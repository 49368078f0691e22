# `raise X from Y` (explicit cause), `raise X from None` (context hidden),
# a cause taken from a saved variable, and chains three exceptions long.
# The uncaught report at the end prints the cause's traceback, then the
# context's, then the final one: all their frames are compared.


class StorageError(Exception):
    pass


class ServiceError(Exception):
    code: int

    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


def read_slot(slots: list[int], i: int) -> int:
    try:
        return slots[i]
    except IndexError as e:
        raise StorageError(f"slot {i} missing") from e


def read_quiet(slots: list[int], i: int) -> int:
    try:
        return slots[i]
    except IndexError:
        raise StorageError(f"slot {i} missing (quiet)") from None


def service(slots: list[int], i: int) -> int:
    try:
        return read_slot(slots, i) * 2
    except StorageError as e:
        raise ServiceError("service: " + str(e), 503) from e


def saved_cause(n: int) -> int:
    err = ValueError("saved " + str(n))
    if n > 2:
        raise RuntimeError("too big") from err
    return n


def cleanup_fails(slots: list[int]) -> int:
    try:
        return service(slots, 9)
    except ServiceError as e:
        print("handling", e.code)
        return slots[len(slots) + e.code]


def main() -> None:
    slots = [4, 5, 6]
    print(read_slot(slots, 1), service(slots, 2), saved_cause(2))
    try:
        read_slot(slots, 3)
    except StorageError as e:
        print("storage:", e, repr(e))
    try:
        read_quiet(slots, -4)
    except StorageError as e:
        print("quiet:", e)
    try:
        service(slots, 10)
    except ServiceError as e:
        print("service:", e.code, e)
    try:
        saved_cause(3)
    except RuntimeError as e:
        print("runtime:", e)
    try:
        try:
            saved_cause(4)
        except RuntimeError as e:
            raise KeyError("wrapped") from e
    except KeyError as e:
        print("key:", e)
    print(cleanup_fails(slots))


main()
