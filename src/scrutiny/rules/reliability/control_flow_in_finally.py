"""# `return`, `break` or `continue` in `finally`

## What it does
Finds `return`, `break` and `continue` statements that leave a `finally:` block. Statements inside
a function, class or loop that is itself entirely within the `finally` are left alone, because they
do not leave the block.

## Why it matters
When the `try` raised, leaving `finally` with `return`, `break` or `continue` silently discards the
exception in flight: the caller gets a return value (or the loop moves on) as if nothing failed,
and even `KeyboardInterrupt` and `SystemExit` vanish. A `return` in `finally` also overrides a
`return` in the `try`. The behaviour is surprising enough that Python 3.14 emits a
`SyntaxWarning` for it (PEP 765), and a future version may make it an error.

## Example
```python
def release(lock):
    try:
        lock.flush()
    finally:
        lock.release()
        return True
```

## Use instead
```python
def release(lock):
    try:
        lock.flush()
    finally:
        lock.release()
    return True
```

## Alternatives and trade-offs
- Move the `return`/`break`/`continue` after the `try` statement: it then runs only when no
  exception is propagating, which is almost always what was meant.
- If swallowing the error really is intended, write an explicit `except Exception:` that logs it,
  so that the intent is visible and `KeyboardInterrupt` still propagates.
- A context manager (`with lock:`) often replaces the whole `try`/`finally`.

## Libraries
Standard library; Ruff's `B012` (`jump-statement-in-finally`) and Pylint's `lost-exception`
find the same pattern.

## References
- https://peps.python.org/pep-0765/
- https://docs.python.org/3/reference/compound_stmts.html#finally-clause
- https://cwe.mitre.org/data/definitions/584.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)


def check(node: ast.Try | ast.TryStar, ctx: RuleContext) -> None:
    for jump in _jumps(node.finalbody):
        keyword = type(jump).__name__.lower()
        ctx.report(
            jump,
            f"`{keyword}` in `finally` discards any exception raised in the `try` "
            "(a SyntaxWarning since Python 3.14, PEP 765)",
            fix=f"move the `{keyword}` after the `try` statement",
        )


def _jumps(body: list[ast.stmt]) -> list[ast.stmt]:
    """The jumps that leave the `finally` block, in source order."""
    found: list[ast.stmt] = []
    stack: list[tuple[ast.AST, bool]] = [(stmt, False) for stmt in body]
    while stack:
        node, in_inner_loop = stack.pop()
        if isinstance(node, ast.Return | ast.Break | ast.Continue):
            if isinstance(node, ast.Return) or not in_inner_loop:
                found.append(node)
            continue
        if isinstance(node, (*_SCOPES, ast.expr)):
            continue
        if isinstance(node, ast.Try | ast.TryStar):
            # its own `finally` is reported when that statement is visited
            parts = (*node.body, *node.handlers, *node.orelse)
            stack.extend((child, in_inner_loop) for child in parts)
            continue
        if isinstance(node, _LOOPS):
            stack.extend((child, True) for child in node.body)
            stack.extend((child, in_inner_loop) for child in node.orelse)
            continue
        stack.extend((child, in_inner_loop) for child in ast.iter_child_nodes(node))
    return sorted(found, key=lambda n: (n.lineno, n.col_offset))


RULE = Rule(
    code="REL106",
    name="control-flow-in-finally",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(584,),
    doc=__doc__ or "",
    visits=(ast.Try, ast.TryStar),
    check=check,
)
