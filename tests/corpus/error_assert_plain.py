# A failing assert without a message.
def check(n: int) -> None:
    assert n >= 0
    print("ok", n)


check(3)
check(-1)
