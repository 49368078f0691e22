# isinstance() narrows a base-typed variable inside the if body.
class Animal:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."


class Dog(Animal):
    tricks: int = 0

    def sound(self) -> str:
        return "woof"


class Cat(Animal):
    lives: int = 9

    def sound(self) -> str:
        return "meow"


def info(a: Animal) -> str:
    if isinstance(a, Dog):
        a.tricks += 1
        return a.name + " knows " + str(a.tricks)
    elif isinstance(a, Cat):
        return a.name + " has " + str(a.lives)
    return a.name


zoo: list[Animal] = [Dog("rex"), Cat("tom"), Animal("amoeba"), Dog("fido")]
for a in zoo:
    print(a.sound(), info(a), info(a))
