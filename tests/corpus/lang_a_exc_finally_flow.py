# finally blocks on every way out of a try: return in try overridden by
# return, continue or raise in finally, break/continue in finally
# discarding an exception, the return value computed before finally runs,
# nested finally order, and a finally that runs while an exception
# propagates out of a loop.


def ret_override(n: int) -> int:
    try:
        return n
    finally:
        if n > 5:
            return -n


def value_fixed_before_finally() -> int:
    x = 1
    try:
        return x
    finally:
        x = 99
        print("finally sets x =", x)


def list_mutated_in_finally() -> list[int]:
    xs = [1]
    try:
        return xs
    finally:
        xs.append(2)


def break_swallows() -> str:
    log = ""
    for i in range(3):
        try:
            log += str(i)
            raise ValueError("dropped")
        finally:
            log += "f"
            break
    return log


def continue_swallows() -> str:
    log = ""
    for i in range(4):
        try:
            if i % 2 == 1:
                raise RuntimeError("odd")
            log += str(i)
        finally:
            log += "."
            continue
    return log


def return_swallows(n: int) -> str:
    try:
        try:
            raise IndexError("inner " + str(n))
        finally:
            if n == 0:
                return "swallowed"
    except IndexError as e:
        return "caught " + str(e)


def continue_cancels_return() -> int:
    for i in range(3):
        try:
            return i * 10
        finally:
            if i < 2:
                continue
    return -1


def finally_raise_beats_return(n: int) -> int:
    try:
        return n
    finally:
        if n > 1:
            raise ValueError("finally beats return " + str(n))


def nested_order() -> None:
    try:
        try:
            try:
                print("body")
                return
            finally:
                print("inner finally")
        finally:
            print("middle finally")
    finally:
        print("outer finally")


def loop_with_finally(limit: int) -> int:
    count = 0
    i = 0
    while True:
        try:
            i += 1
            if i > limit:
                break
            if i % 3 == 0:
                continue
            count += i
        finally:
            count += 100
    return count


def propagate_through(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            total += 10 // (3 - i)
        finally:
            print("finally i =", i, "total =", total)
    return total


def main() -> None:
    print(ret_override(3), ret_override(7))
    print(value_fixed_before_finally())
    print(list_mutated_in_finally())
    print(break_swallows(), continue_swallows())
    print(return_swallows(0), return_swallows(1))
    print(continue_cancels_return(), finally_raise_beats_return(1))
    try:
        print(finally_raise_beats_return(2))
    except ValueError as e:
        print(e)
    nested_order()
    print(loop_with_finally(7))
    print(propagate_through(3))
    try:
        print(propagate_through(5))
    except ZeroDivisionError as e:
        print("propagated:", e)


main()
