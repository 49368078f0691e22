"""The bridge's own ast helpers (which spare `import jcvm` the `ast` module)
agree with the `ast` module."""

import ast

import pytest

from jcvm import _syntax

EXPRESSIONS = [
    "int",
    "typing.Optional[int]",
    "Optional['Node']",
    "list[tuple[int, float]]",
    "dict[str, list[Optional[Node]]]",
    "Callable[[int, float], bool]",
    "Callable[..., None]",
    "int | None",
    "A | B | None",
    "tuple[()]",
    "tuple[int, ...]",
    "x.setter",
    "a.b.c",
    "dataclass(frozen=True)",
    "f()[0].x",
    "-1",
    "(a, b)",
    "(a,)",
    "[a, b]",
    "'text'",
    "None",
    "True",
    "3",
    "lambda: 0",
    "x if y else z",
]

SIGNATURES = [
    "def f(self, a: int, b: 'B', *rest: float, k: bool, m: Optional[int]): pass",
    "def f(a, b): pass",
    "def f(*, k: int): pass",
    "def f(a: int = 3, *, k: int = 4): pass",
    "def f(a, /, b): pass",
    "def f(**kw: int): pass",
]


@pytest.mark.parametrize("text", EXPRESSIONS)
def test_unparse_matches_ast(text):
    node = ast.parse(text, mode="eval").body
    assert _syntax.unparse(node) == ast.unparse(node)
    assert ast.dump(_syntax.parse(text, mode="eval")) == ast.dump(ast.parse(text, mode="eval"))


@pytest.mark.parametrize("text", SIGNATURES)
def test_parameter_lists_match_ast(text):
    args = ast.parse(text).body[0].args
    assert _syntax.unparse(args) == ast.unparse(args)


def test_walk_visits_what_ast_walk_visits_in_the_same_order():
    with open(_syntax.__file__, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    assert [type(n).__name__ for n in _syntax.walk(tree)] == [type(n).__name__ for n in ast.walk(tree)]


def test_literal_eval():
    assert _syntax.literal_eval("(1, 'a', None)") == (1, "a", None)
