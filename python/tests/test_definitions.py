"""How the bridge reads a decorated definition from its file (jcvm's parser,
`_native.outline`): which definition, its text, its fields and signatures,
and the wrappers made from them."""

import inspect
import sys
from dataclasses import dataclass, field
from typing import List

import pytest

from jcvm import CompileError, jit, jitclass

def _earlier_same_name():
    class DefPoint:  # the same name as the module-level dataclass below, earlier in the file
        y: str

        def __init__(self) -> None:
            self.y = "nested"

    return DefPoint


@jitclass
@dataclass
class DefPoint:
    x: int
    z: float = 1.5


def test_a_class_without_methods_of_its_own_is_found_by_its_qualified_name():
    assert DefPoint._jcvm_fields == ("x", "z")
    assert repr(DefPoint(3)) == "DefPoint(x=3, z=1.5)"


if True:

    @jitclass
    class DefText:
        n: int

        def __init__(self) -> None:
            self.n = 1

        def text(self) -> str:
            return """a
  two

        eight"""


def test_lines_inside_a_string_keep_their_indentation():
    assert DefText().text() == "a\n  two\n\n        eight"


@jitclass
class DefThis:
    def __init__(this, x: int, /) -> None:
        this.a = this.b = x
        this.c = this.d = x + 1

    def total(this, self: int) -> int:
        return this.a + this.b + this.c + this.d + self


def test_fields_through_any_receiver_name_and_chained_targets():
    t = DefThis(1)
    assert (t.a, t.b, t.c, t.d) == (1, 1, 2, 2)
    assert t.total(10) == 16
    assert t.total(self=5) == 11
    assert DefThis._jcvm_fields == ("a", "b", "c", "d")


@jitclass
@dataclass
class DefFactory:
    x: int
    items: List[int] = field(default_factory=list)


def test_a_dataclass_default_factory_runs_for_each_instance():
    a, b = DefFactory(1), DefFactory(2)
    a.items.append(7)
    assert (list(a.items), list(b.items)) == ([7], [])
    assert repr(DefFactory(3, [5])) == "DefFactory(x=3, items=[5])"


@jitclass
class DefDefaults:
    def __init__(self) -> None:
        pass

    def scaled(self, a: float = float("inf"), b: int = 2) -> float:
        return a * b


def test_a_default_without_a_literal_repr_keeps_the_signature():
    assert str(inspect.signature(DefDefaults.scaled)) == "(self, a: float = inf, b: int = 2) -> float"
    assert DefDefaults().scaled(b=3) == float("inf")
    assert DefDefaults().scaled(1.5) == 3.0


@jit
def def_wrapper_names(__call: int, __e: int) -> int:
    return __call * 10 + __e


def test_parameters_may_have_the_names_wrappers_once_used():
    assert def_wrapper_names(1, 2) == 12
    assert def_wrapper_names(__call=3, __e=4) == 34


def test_refusals_name_the_class_line():
    with pytest.raises(CompileError, match="reserved for jcvm"):

        @jitclass
        class DefReserved:
            def m(self, __jcvm_i: int) -> int:
                return __jcvm_i

    with pytest.raises(CompileError, match="not named as a property defined before it"):

        @jitclass
        class DefSetter:
            def __init__(self) -> None:
                self.v = 1

            @property
            def double(self) -> int:
                return self.v * 2

            @double.setter
            def set_double(self, value: int) -> None:
                self.v = value // 2

    with pytest.raises(CompileError, match="put @jitclass above @dataclass") as refused:

        @dataclass
        @jitclass
        class DefOrder:
            x: int = 0

    assert refused.value.file == __file__ and refused.value.line > 0

    with pytest.raises(CompileError, match=r"takes \*\*kwargs"):

        @jitclass
        class DefKwargs:
            def m(self, **options: int) -> int:
                return 0

    # Nothing of the refused classes waits in the engine: the next class compiles alone.
    @jitclass
    class DefAfterRefusals:
        def __init__(self) -> None:
            self.k = 5

    assert DefAfterRefusals().k == 5


def test_a_jit_function_with_kwargs_is_refused_before_it_reaches_the_engine(tmp_path):
    import importlib.util

    path = tmp_path / "def_kwargs_module.py"
    path.write_text("from jcvm import jit\n\n@jit\ndef def_kwargs(**options: int) -> int:\n    return 0\n")
    spec = importlib.util.spec_from_file_location("def_kwargs_module", path)
    module = importlib.util.module_from_spec(spec)
    with pytest.raises(CompileError, match=r"takes \*\*kwargs") as refused:
        spec.loader.exec_module(module)
    assert (refused.value.file, refused.value.line) == (str(path), 4)


def test_a_lambda_helper_is_refused_at_the_class_that_uses_it(tmp_path):
    import importlib.util

    path = tmp_path / "def_lambda_module.py"
    path.write_text(
        "from jcvm import jitclass\n\nsquare = lambda x: x * x\n\n\n@jitclass\nclass DefUsesLambda:\n"
        "    def __init__(self) -> None:\n        self.v = square(3)\n"
    )
    spec = importlib.util.spec_from_file_location("def_lambda_module", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["def_lambda_module"] = module  # (the bridge finds a class's file through its module)
    with pytest.raises(CompileError, match="'square' is a lambda") as refused:
        spec.loader.exec_module(module)
    assert (refused.value.file, refused.value.line) == (str(path), 7)


def test_brackets_in_a_string_elsewhere_in_the_file_are_not_nesting(tmp_path):
    # 160 open brackets in one string literal of the module (the engine refuses
    # more than 150 nested ones; these are text). Before, every class of such a
    # file was refused.
    import importlib.util

    path = tmp_path / "def_brackets_module.py"
    path.write_text(
        "from jcvm import jitclass\n\nSMILEYS = '" + ":-( " * 160 + "'\n\n\n@jitclass\nclass DefBrackets:\n"
        "    def __init__(self) -> None:\n        self.v = 4\n"
    )
    spec = importlib.util.spec_from_file_location("def_brackets_module", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["def_brackets_module"] = module
    spec.loader.exec_module(module)
    assert module.DefBrackets().v == 4


def test_a_nested_class_of_the_same_name_stays_a_plain_class():
    assert _earlier_same_name()().y == "nested"
