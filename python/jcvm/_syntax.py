"""The few `ast` helpers the bridge needs, over the C module `_ast`.

Importing the `ast` module costs several milliseconds (it imports `enum`
and `contextlib`), most of `import jcvm` otherwise. The bridge parses with
`compile(..., PyCF_ONLY_AST)`, walks trees here, and renders annotation and
decorator expressions itself; only an expression outside that small set
(or a `literal_eval`) imports `ast`, when it is met."""

from __future__ import annotations

import _ast

TYPE_CHECKING = False  # (typing is imported for checkers only: a cheaper import)
if TYPE_CHECKING:
    from typing import Any, Iterator, List


def parse(source: str, mode: str = "exec") -> Any:
    """`ast.parse(source, mode=mode)`."""
    return compile(source, "<unknown>", mode, _ast.PyCF_ONLY_AST)


def iter_child_nodes(node: Any) -> Iterator[Any]:
    """`ast.iter_child_nodes(node)`."""
    for name in node._fields:
        field = getattr(node, name, None)
        if isinstance(field, _ast.AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, _ast.AST):
                    yield item


def walk(node: Any) -> Iterator[Any]:
    """`ast.walk(node)`: the node and all its descendants, breadth first."""
    todo: List[Any] = [node]
    for node in todo:  # (the list grows as it is read: a queue without collections)
        todo.extend(iter_child_nodes(node))
        yield node


def unparse(node: Any) -> str:
    """`ast.unparse(node)` for the expressions annotations and decorators are
    made of, and for parameter lists; anything else through `ast` itself."""
    if isinstance(node, _ast.Name):
        return node.id
    if isinstance(node, _ast.Attribute):
        return f"{_operand(node.value)}.{node.attr}"
    if isinstance(node, _ast.Constant) and (node.value is None or isinstance(node.value, (str, int, bool))):
        return repr(node.value)
    if isinstance(node, _ast.Subscript):
        index = node.slice
        if isinstance(index, _ast.Tuple) and index.elts:
            inner = ", ".join(unparse(e) for e in index.elts)
        else:
            inner = unparse(index)
        return f"{_operand(node.value)}[{inner}]"
    if isinstance(node, _ast.List):
        return "[" + ", ".join(unparse(e) for e in node.elts) + "]"
    if isinstance(node, _ast.Tuple) and node.elts:
        return "(" + ", ".join(unparse(e) for e in node.elts) + ("," if len(node.elts) == 1 else "") + ")"
    if isinstance(node, _ast.BinOp) and isinstance(node.op, _ast.BitOr) and not isinstance(node.right, _ast.BinOp):
        return f"{unparse(node.left)} | {unparse(node.right)}"
    if isinstance(node, _ast.arg):
        return node.arg if node.annotation is None else f"{node.arg}: {unparse(node.annotation)}"
    if isinstance(node, _ast.arguments) and not (node.posonlyargs or node.defaults or node.kwarg):
        if any(d is not None for d in node.kw_defaults):
            return _ast_module().unparse(node)
        parts = [unparse(a) for a in node.args]
        if node.vararg is not None:
            parts.append("*" + unparse(node.vararg))
        elif node.kwonlyargs:
            parts.append("*")
        parts.extend(unparse(a) for a in node.kwonlyargs)
        return ", ".join(parts)
    return _ast_module().unparse(node)


def _operand(node: Any) -> str:
    """An expression followed by `.name` or `[...]`."""
    if isinstance(node, (_ast.Name, _ast.Attribute, _ast.Subscript)):
        return unparse(node)
    return _ast_module().unparse(node)


def literal_eval(text: str) -> Any:
    """`ast.literal_eval(text)`."""
    return _ast_module().literal_eval(text)


def _ast_module() -> Any:
    import ast

    return ast
