# Virtual calls through a base-typed variable, parameter, field and list
# element: the override of the object's class runs, including when a base
# method calls another method on self (template method), and when the
# variable is rebound to an object of another subclass.


class Animal:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def legs(self) -> int:
        return 4

    def speak(self) -> str:
        return f"{self.name} says {self.sound()} on {self.legs()} legs"


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Bird(Animal):
    def sound(self) -> str:
        return "tweet"

    def legs(self) -> int:
        return 2


class Puppy(Dog):
    def sound(self) -> str:
        return super().sound() + "ish"


class Owner:
    pet: Animal

    def __init__(self, pet: Animal) -> None:
        self.pet = pet


def loud(a: Animal) -> str:
    return a.sound().upper()


def main() -> None:
    a: Animal = Animal("generic")
    print(a.speak())
    a = Dog("rex")
    print(a.speak(), loud(a))
    a = Bird("tweety")
    print(a.speak(), loud(a))
    a = Puppy("bit")
    print(a.speak(), loud(a))
    zoo: list[Animal] = [Dog("d"), Bird("b"), Puppy("p"), Animal("x")]
    total = 0
    for z in zoo:
        total += z.legs()
        print(z.name, z.sound(), isinstance(z, Dog))
    print("legs", total)
    owner = Owner(Bird("polly"))
    print(owner.pet.speak())
    owner.pet = Puppy("spot")
    print(owner.pet.speak())
    sounds = [z.sound() for z in zoo if z.legs() == 4]
    print(sounds)
    i = 0
    while i < len(zoo):
        if isinstance(zoo[i], Dog):
            zoo[i] = Bird("swap" + str(i))
        i += 1
    print([z.speak() for z in zoo])


main()
