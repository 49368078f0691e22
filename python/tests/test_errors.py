"""Errors: CompileError points at the user's file, line and column; native
exceptions surface as the same Python types, with tracebacks through the
jitclass source lines."""

import traceback

import pytest

import jcvm
from jcvm import CompileError, jitclass


class InsufficientFunds(ValueError):
    pass


@jitclass
class Account:
    balance: int

    def __init__(self, balance: int) -> None:
        self.balance = balance

    def withdraw(self, amount: int) -> int:
        if amount > self.balance:
            raise InsufficientFunds("balance " + str(self.balance) + " < " + str(amount))
        self.balance -= amount
        return self.balance

    def ratio(self, parts: int) -> int:
        return self.balance // parts

    def nth(self, i: int) -> int:
        digits = [int(c) for c in str(self.balance)]
        return digits[i]

    def chained(self) -> int:
        try:
            return self.ratio(0)
        except ZeroDivisionError as e:
            raise KeyError("no ratio") from e


def test_builtin_exceptions_keep_their_type_and_message():
    a = Account(120)
    with pytest.raises(ZeroDivisionError, match="integer division or modulo by zero"):
        a.ratio(0)
    with pytest.raises(IndexError, match="list index out of range"):
        a.nth(5)
    with pytest.raises(OverflowError):
        Account(2**62).withdraw(-(2**62))


def test_user_exception_classes_are_the_users_own():
    a = Account(10)
    with pytest.raises(InsufficientFunds) as info:
        a.withdraw(50)
    assert type(info.value) is InsufficientFunds
    assert isinstance(info.value, ValueError)
    assert str(info.value) == "balance 10 < 50"
    assert a.balance == 10


def test_tracebacks_show_the_jitclass_source_lines():
    a = Account(10)
    try:
        a.withdraw(50)
    except InsufficientFunds as e:
        frames = traceback.extract_tb(e.__traceback__)
    else:
        pytest.fail("withdraw should raise")
    last = frames[-1]
    assert last.filename == __file__
    assert last.name == "withdraw"
    assert last.line.startswith("raise InsufficientFunds(")
    source = open(__file__).read().splitlines()
    assert source[last.lineno - 1].strip().startswith("raise InsufficientFunds(")


def test_chained_exceptions():
    with pytest.raises(KeyError) as info:
        Account(5).chained()
    assert isinstance(info.value.__cause__, ZeroDivisionError)
    names = [f.name for f in traceback.extract_tb(info.value.__cause__.__traceback__)]
    assert names[-2:] == ["chained", "ratio"]


def test_a_refused_class_raises_compile_error_with_its_location():
    with pytest.raises(CompileError) as info:

        @jitclass
        class Refused:  # noqa: F841 - never created
            x: int

            def __init__(self) -> None:
                self.x = 1

            def f(self) -> int:
                return self.x @ 2

    error = info.value
    assert error.file == __file__
    source = open(__file__).read().splitlines()
    assert "self.x @ 2" in source[error.line - 1]
    assert source[error.line - 1].index("self.x @ 2") + 1 == error.col
    assert f"{__file__}:{error.line}:{error.col}" in str(error)


def test_the_engine_goes_on_after_a_refusal():
    @jitclass
    class AfterRefusal:
        n: int

        def __init__(self, n: int) -> None:
            self.n = n

    assert AfterRefusal(3).n == 3
    assert Account(4).withdraw(1) == 3


def test_wrong_argument_types_are_type_errors():
    a = Account(1)
    with pytest.raises(TypeError):
        a.withdraw("1")
    with pytest.raises(TypeError):
        Account(1.5)
    with pytest.raises(TypeError):
        jcvm.jitclass(42)
