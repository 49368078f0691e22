# Method call on None raises AttributeError.
from typing import Optional


class Greeter:
    def hello(self) -> str:
        return "hello"


g: Optional[Greeter] = Greeter()
print(g.hello())
g = None
print(g.hello())
