# Module-level globals read by functions and rebound through `global`.
counter = 0
scale = 2.5
log: list[str] = []


def bump(by: int) -> int:
    global counter
    counter += by
    log.append("bump " + str(by))
    return counter


def scaled(v: float) -> float:
    return v * scale


def reset() -> None:
    global counter, scale
    counter = 0
    scale = scale * 2.0


print(bump(1), bump(10), counter)
print(scaled(2.0))
reset()
print(counter, scale, scaled(1.0), log)
