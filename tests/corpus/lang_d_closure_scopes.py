def comprehension_does_not_touch_cell() -> None:
    i = 100
    g = lambda: i
    fs = [i * 10 for i in range(3)]
    total = sum(i for i in range(4))
    print(fs, total, g(), i)


def key_lambda_parameter_shadows_cell() -> None:
    x = 5
    get = lambda: x
    words = ["ccc", "a", "bb"]
    print(sorted(words, key=lambda x: len(x)), get())
    x = 6
    print(get())


def cell_param() -> None:
    def outer(n: int) -> int:
        add = lambda m: n + m
        n = n * 10
        return add(1)
    print(outer(4))


def loop_var_cell() -> None:
    k = -1
    last = lambda: k
    for k in range(3):
        pass
    print(last())
    while k < 10:
        k += 4
    print(last())


def nested_nonlocal() -> None:
    level = 0

    def a() -> None:
        def b() -> None:
            nonlocal level
            level += 10
        b()
        b()

    a()
    print("level", level)


comprehension_does_not_touch_cell()
key_lambda_parameter_shadows_cell()
cell_param()
loop_var_cell()
nested_nonlocal()
