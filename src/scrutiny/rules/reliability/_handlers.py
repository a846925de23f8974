"""Shared helpers of the exception-handling rules (REL102-REL107): what an `except` clause
catches, what its body does, and whether a module is a script."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from scrutiny.context import FileContext
from scrutiny.frameworks.exceptions import (
    CANCELLATION_CLASS_FACTORIES,
    CLI_MODULES,
    EXIT_CALLS,
    LINTER_PRAGMAS,
    RERAISE_CALLS,
    SCRIPT_PATH_PARTS,
)
from scrutiny.semantic.model import SemanticModel

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
CANCELLATION_FACTORY = "<cancelled-exc-class>"


def caught_types(expr: ast.expr | None, semantic: SemanticModel) -> list[str] | None:
    """Qualified names of the classes an `except` clause (or a `suppress(...)` argument) names;
    None for a bare `except:`. Unresolvable entries are left out; a call to
    `anyio.get_cancelled_exc_class()` becomes `CANCELLATION_FACTORY`."""
    if expr is None:
        return None
    items = expr.elts if isinstance(expr, ast.Tuple) else [expr]
    names: list[str] = []
    for item in items:
        if isinstance(item, ast.Call):
            if semantic.qualified_name(item.func) in CANCELLATION_CLASS_FACTORIES:
                names.append(CANCELLATION_FACTORY)
            continue
        qualified = semantic.qualified_name(item)
        if qualified is not None:
            names.append(qualified)
    return names


def own_nodes(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node of `body`, not descending into nested functions, lambdas or classes."""
    stack: list[ast.AST] = list(reversed(body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, _SCOPES):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(node))))


def own_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    return (node for node in own_nodes(body) if isinstance(node, ast.stmt))


def has_raise(body: list[ast.stmt], *, bare_only: bool = False) -> bool:
    """Whether the body raises (any `raise`, or only a bare `raise` when `bare_only`)."""
    return any(
        isinstance(node, ast.Raise) and (not bare_only or node.exc is None)
        for node in own_nodes(body)
    )


def reraises(body: list[ast.stmt]) -> bool:
    """A bare `raise`, a `with safe_reraise():` block (SQLAlchemy's idiom) or a saved
    `sys.exc_info()` that is raised later: the caught exception goes on."""
    for node in own_nodes(body):
        if isinstance(node, ast.Raise) and node.exc is None:
            return True
        if isinstance(node, ast.Call) and _call_name(node) in RERAISE_CALLS:
            return True
    return False


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def calls_exit(body: list[ast.stmt], semantic: SemanticModel) -> bool:
    return any(
        isinstance(node, ast.Call) and semantic.qualified_name(node.func) in EXIT_CALLS
        for node in own_nodes(body)
    )


def uses_name(body: list[ast.stmt], name: str | None) -> bool:
    if name is None:
        return False
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)
        for node in ast.walk(ast.Module(body=body, type_ignores=[]))
    )


def enclosing_function(
    node: ast.AST, semantic: SemanticModel
) -> ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | None:
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return ancestor
        if isinstance(ancestor, ast.ClassDef):
            return None
    return None


def in_async_function(node: ast.AST, semantic: SemanticModel) -> bool:
    return isinstance(enclosing_function(node, semantic), ast.AsyncFunctionDef)


def in_loop(node: ast.AST, semantic: SemanticModel) -> bool:
    """Whether `node` runs inside a loop of its own function (or module)."""
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.For | ast.AsyncFor | ast.While):
            return True
        if isinstance(ancestor, _SCOPES):
            return False
    return False


def handler_commented(node: ast.ExceptHandler, file: FileContext) -> bool:
    """Whether the handler's body carries a comment (the choice is explained), or its `except`
    line disables another linter's check (`# pylint: disable=broad-except`, `# noqa: BLE001`)."""
    end = node.end_lineno or node.lineno
    if any(_comment(line) is not None for line in file.lines[node.lineno : end]):
        return True
    comment = _comment(file.lines[node.lineno - 1]) or ""
    return any(pragma in comment for pragma in LINTER_PRAGMAS)


def _comment(line: str) -> str | None:
    """The comment of a line: from a `#` outside string literals (a simple scan is enough for
    the short lines of a handler)."""
    quote: str | None = None
    for index, char in enumerate(line):
        if quote is not None:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#":
            return line[index:]
    return None


def is_script(file: FileContext) -> bool:
    """A command-line program rather than application code: the `scripts` role, a management
    command, a module with an `if __name__ == "__main__":` block, or one importing a CLI library."""
    return file.shared("reliability.is_script", _compute_is_script)


def _compute_is_script(file: FileContext) -> bool:
    if file.has_role("scripts") or any(part in f"/{file.path}" for part in SCRIPT_PATH_PARTS):
        return True
    for stmt in file.tree.body:
        if isinstance(stmt, ast.If) and _is_main_guard(stmt.test):
            return True
        if isinstance(stmt, ast.Import) and any(
            alias.name.split(".")[0] in CLI_MODULES for alias in stmt.names
        ):
            return True
        if (
            isinstance(stmt, ast.ImportFrom)
            and stmt.level == 0
            and (stmt.module or "").split(".")[0] in CLI_MODULES
        ):
            return True
    return False


def _is_main_guard(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
        and len(test.comparators) == 1
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value == "__main__"
    )
