# A None where a list operand is expected: CPython's message depends on the
# operation and on which side the None is.
import random
from typing import Optional


def attempts(n: Optional[list[int]], a: list[int]) -> None:
    for k in range(7):
        try:
            if k == 0:
                print(n * 2)  # type: ignore[operator]
            elif k == 1:
                print(2 * n)  # type: ignore[operator]
            elif k == 2:
                print(random.sample(n, 1))  # type: ignore[arg-type]
            elif k == 3:
                print(n.copy())  # type: ignore[union-attr]
            elif k == 4:
                print(a + n)  # type: ignore[operator]
            elif k == 5:
                print(n + a)  # type: ignore[operator]
            else:
                print(n + n)  # type: ignore[operator]
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)


attempts(None, [1, 2])
attempts([3], [1, 2])
