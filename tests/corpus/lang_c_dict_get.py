# dict.get(k) without a default on number values: an Optional number, narrowed by 'is None'.
from typing import Optional


def main() -> None:
    counts: dict[str, int] = {"a": 0, "b": 3}
    for k in ["a", "b", "c"]:
        v = counts.get(k)
        if v is None:
            print(k, "missing")
        else:
            print(k, v + 1)
    w: Optional[float] = {1: 2.5}.get(1)
    print(w, {1: 2.5}.get(2), [counts.get("z"), counts.get("a")])


main()
