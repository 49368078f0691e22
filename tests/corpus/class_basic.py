# Fields, defaults, methods, and methods calling methods.
class Account:
    owner: str
    balance: float = 0.0
    ops: int = 0

    def __init__(self, owner: str) -> None:
        self.owner = owner

    def deposit(self, amount: float) -> float:
        self.balance += amount
        self.ops += 1
        return self.balance

    def withdraw(self, amount: float) -> bool:
        if amount > self.balance:
            return False
        self.balance -= amount
        self.ops += 1
        return True

    def summary(self) -> str:
        return self.owner + ": " + str(self.balance) + " after " + str(self.ops) + " ops"


a = Account("ada")
print(a.deposit(10.5), a.withdraw(20.0), a.withdraw(0.5), a.summary())
b = Account("bob")
b.deposit(1e16)
print(b.summary(), a.balance + b.balance)
