"""# Resource not closed on every path

## What it does
Finds files (`open()`, `gzip.open`, `tempfile.NamedTemporaryFile`, `zipfile.ZipFile`,
`tarfile.open`), sockets, database connections (`sqlite3.connect`, `psycopg.connect`,
`psycopg2.connect`, SQLAlchemy's `engine.connect()`) and SQLAlchemy sessions (`Session()`, or a
`sessionmaker()` factory called) that are opened without a `with` block and are not closed on
every path:

- never closed at all (including `open(path).read()` and `for line in open(path)`);
- closed with `.close()` that is not in a `finally`, when a call between the open and the close
  can raise (the exception skips the close) or a `return` can leave first.

It stays quiet when ownership moves elsewhere: the resource is returned or yielded (a factory,
a fixture-like generator), stored on an attribute or in a container, or passed to a call (other
than borrowing helpers such as `json.dump(data, f)` or `print(..., file=f)`) when the function
does not close it itself, and for code at module or class level, which runs once at import
(`KEY = open("key.pem").read()`) or creates a global that lives as long as the process. Wrappers
given a file object they do not own (`zipfile.ZipFile(fp)` over an open file,
`gzip.GzipFile(fileobj=buffer)`) are not resources of their own.

## Why it matters
An unclosed file keeps a file descriptor until the garbage collector finds it (at once on
CPython if nothing else refers to it, much later on PyPy or when it sits in a traceback or a
reference cycle); a long-running worker that leaks one per request hits `Too many open files`.
A leaked database connection or session is worse: it holds a pool slot, and possibly a
transaction with its locks, until the pool is exhausted and every request waits.

## Example
```python
import json
import sqlite3

def load_config(path):
    f = open(path)
    config = json.load(f)  # a JSONDecodeError here leaks the file
    f.close()
    return config

def count_orders(db_path):
    conn = sqlite3.connect(db_path)
    return conn.execute("SELECT count(*) FROM orders").fetchone()[0]  # never closed
```

## Use instead
```python
import contextlib
import json
import sqlite3

def load_config(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def count_orders(db_path):
    # sqlite3's own `with conn:` commits or rolls back but does NOT close: use closing()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
```
SQLAlchemy: `with Session(engine) as session, session.begin(): ...`, or in FastAPI a dependency
`def get_db(): db = SessionLocal(); try: yield db; finally: db.close()`.

## Alternatives and trade-offs
- `with` closes on every path and is the default choice. `contextlib.ExitStack` manages a
  variable number of resources, or a resource whose ownership is decided at run time
  (`stack.pop_all()` hands it to the caller on success).
- `try: ... finally: resource.close()` is equivalent but easier to get wrong when several
  resources are opened in sequence.
- `pathlib.Path.read_text()` / `write_bytes()` open and close in one call for small files.
- Relying on CPython's reference counting works only while nothing else references the object;
  it is not a guarantee of the language, and `ResourceWarning` (shown with `-W default` or in
  pytest) points at every such leak.

## Libraries
`contextlib` (`closing`, `ExitStack`), `pathlib`, `tempfile`, `sqlite3`, psycopg, SQLAlchemy
(`Session` and `Connection` are context managers).

## References
- https://docs.python.org/3/reference/compound_stmts.html#the-with-statement
- https://docs.python.org/3/library/contextlib.html#contextlib.closing
- https://docs.python.org/3/library/sqlite3.html#how-to-use-the-connection-context-manager
- https://docs.sqlalchemy.org/en/20/orm/session_basics.html#opening-and-closing-a-session
- https://cwe.mitre.org/data/definitions/772.html
- https://cwe.mitre.org/data/definitions/404.html
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks.resources import (
    BORROWING_FUNCTIONS,
    CLOSE_METHODS,
    ENGINE_CONNECT_METHODS,
    ENGINE_FACTORIES,
    FILE_WRAPPERS,
    IN_MEMORY_FILES,
    POOLED_KINDS,
    RESOURCE_FACTORIES,
    SESSION_MAKERS,
)
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "open it in a `with` block (or close it in a `finally`)"
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def check(node: ast.Call, ctx: RuleContext) -> None:
    kind = _resource_kind(node, ctx.semantic)
    if kind is None:
        return
    problem = _problem(node, ctx.semantic)
    if problem is None:
        return
    name = ast.unparse(node.func)
    ctx.report(
        node,
        f"{kind} opened by `{name}()` {problem}: it stays open until garbage collected",
        fix=FIX,
        severity=Severity.MEDIUM if kind in POOLED_KINDS else None,
    )


def _resource_kind(node: ast.Call, semantic: SemanticModel) -> str | None:
    callee = semantic.qualified_name(node.func)
    if callee is not None:
        if callee in FILE_WRAPPERS and _wraps_file_object(node, semantic):
            return None
        return RESOURCE_FACTORIES.get(callee)
    if isinstance(node.func, ast.Name) and _made_by(node.func, semantic, SESSION_MAKERS):
        return "SQLAlchemy session"
    if (
        isinstance(node.func, ast.Attribute)
        and node.func.attr in ENGINE_CONNECT_METHODS
        and isinstance(node.func.value, ast.Name)
        and _made_by(node.func.value, semantic, ENGINE_FACTORIES)
    ):
        return "database connection"
    return None


def _wraps_file_object(node: ast.Call, semantic: SemanticModel) -> bool:
    """`ZipFile(fp)`, `GzipFile(fileobj=buf)`: a wrapper over a file the caller already owns."""
    if any(k.arg == "fileobj" for k in node.keywords):
        return True
    if not node.args:
        return False
    first = node.args[0]
    if isinstance(first, ast.Call):
        callee = semantic.qualified_name(first.func)
        return callee in IN_MEMORY_FILES or callee in RESOURCE_FACTORIES
    if isinstance(first, ast.Name):
        if first.id == "self":
            return True
        values = semantic.assigned_values(first) or []
        return bool(values) and all(
            isinstance(v, ast.Call)
            and (semantic.qualified_name(v.func) or "")
            in IN_MEMORY_FILES | RESOURCE_FACTORIES.keys()
            for v in values
        )
    return False


def _made_by(name: ast.Name, semantic: SemanticModel, factories: frozenset[str]) -> bool:
    """Every value `name` may hold is a call to one of `factories`."""
    values = semantic.assigned_values(name)
    return bool(values) and all(
        isinstance(v, ast.Call) and semantic.qualified_name(v.func) in factories
        for v in values or ()
    )


def _problem(node: ast.Call, semantic: SemanticModel) -> str | None:
    """Why the resource may stay open, or None when it is managed or handed over."""
    if not isinstance(semantic.scope_of.get(node), _FUNCTIONS):
        return None  # module or class level: runs once at import, or a long-lived global
    parent = semantic.parent(node)
    if isinstance(parent, ast.Attribute):
        if parent.attr in CLOSE_METHODS or _chain_managed(parent, semantic):
            return None
        return "and used in one expression is never closed"
    if isinstance(parent, ast.Expr):
        return "is never closed"
    if isinstance(parent, ast.For | ast.AsyncFor | ast.comprehension) and parent.iter is node:
        return "as a loop's iterable is never closed"
    scope = semantic.scope_of.get(node)
    if (
        isinstance(parent, ast.Assign | ast.AnnAssign)
        and _single_name_target(parent)
        and isinstance(scope, _FUNCTIONS)
    ):
        target = parent.targets[0] if isinstance(parent, ast.Assign) else parent.target
        assert isinstance(target, ast.Name)
        return _name_problem(target.id, parent, scope, semantic)
    return None


def _chain_managed(node: ast.AST, semantic: SemanticModel) -> bool:
    """`with engine.connect().execution_options(...) as conn`: a chain of method calls (which
    return the resource itself) that ends in a `with`."""
    top = node
    parent = semantic.parent(top)
    while isinstance(parent, ast.Attribute | ast.Call) and not (
        isinstance(parent, ast.Call) and top is not parent.func
    ):
        top, parent = parent, semantic.parent(parent)
    return isinstance(parent, ast.withitem)


def _single_name_target(stmt: ast.Assign | ast.AnnAssign) -> bool:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    return len(targets) == 1 and isinstance(targets[0], ast.Name)


def _name_problem(
    name: str,
    opened: ast.Assign | ast.AnnAssign,
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    semantic: SemanticModel,
) -> str | None:
    closes: list[ast.Call] = []
    passed = False
    for use in _uses(name, function):
        outcome = _use_outcome(use, semantic)
        if outcome == "handed-over":
            return None
        passed = passed or outcome == "passed"
        if outcome == "close":
            parent = semantic.parent(use)
            call = semantic.parent(parent) if parent is not None else None
            if isinstance(call, ast.Call):
                closes.append(call)
    if not closes:
        # passed to a call and never closed here: the callee (a response, a wrapper) owns it
        return None if passed else "is never closed"
    if any(_in_finally(close, semantic) for close in closes):
        return None
    for close in closes:
        statement = _statement_in(close, opened, semantic)
        if statement is None:
            return None  # closed in another block (a branch): not judged
        if not _risky_between(opened, statement, semantic):
            return None
    return "is closed, but not if a call before the `close()` raises"


def _uses(name: str, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.Name]:
    """Loads of `name` in `function`; a use inside a nested function yields the function node's
    name too (captured: treated as a hand-over)."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, _NESTED):
            if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node)):
                yield ast.Name(id=name, ctx=ast.Load())  # detached: "captured"
            continue
        if isinstance(node, ast.Global | ast.Nonlocal) and name in node.names:
            yield ast.Name(id=name, ctx=ast.Load())
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _use_outcome(use: ast.Name, semantic: SemanticModel) -> str:
    """'close', 'handed-over', 'passed' (an argument: a hand-over unless the function closes
    it itself) or 'used' for one load of the resource's name."""
    parent = semantic.parent(use)
    if parent is None:
        return "handed-over"  # captured by a nested function, or declared global
    if isinstance(parent, ast.Attribute):
        grand = semantic.parent(parent)
        called = isinstance(grand, ast.Call) and grand.func is parent
        if not called and isinstance(grand, ast.Call | ast.keyword):
            return "handed-over"  # a bound method given away: `atexit.register(f.close)`
        if parent.attr in CLOSE_METHODS and called:
            return "close"
        return "used"
    if isinstance(parent, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.If | ast.IfExp):
        return "used"
    if isinstance(parent, ast.keyword):
        parent = semantic.parent(parent)
    if isinstance(parent, ast.Call) and use is not parent.func:
        callee = semantic.qualified_name(parent.func)
        return "used" if callee in BORROWING_FUNCTIONS else "passed"
    if isinstance(parent, ast.Expr):
        return "used"
    return "handed-over"  # returned, yielded, stored, put in a container, used in `with`


def _in_finally(node: ast.AST, semantic: SemanticModel) -> bool:
    child = node
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.Try | ast.TryStar) and child in ancestor.finalbody:
            return True
        if isinstance(ancestor, _NESTED):
            return False
        child = ancestor
    return False


def _statement_in(node: ast.AST, opened: ast.stmt, semantic: SemanticModel) -> ast.stmt | None:
    """The statement around `node` that sits in the same block as `opened`, if any."""
    block = _block_of(opened, semantic)
    if block is None:
        return None
    child = node
    for ancestor in semantic.ancestors(node):
        if isinstance(child, ast.stmt) and child in block:
            return child
        child = ancestor
    return None


def _block_of(stmt: ast.stmt, semantic: SemanticModel) -> list[ast.stmt] | None:
    parent = semantic.parent(stmt)
    if parent is None:
        return None
    for field in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and stmt in block:
            return block
    return None


def _risky_between(opened: ast.stmt, closing: ast.stmt, semantic: SemanticModel) -> bool:
    """A call, `raise`, `return` or `await` after the open and before the close statement
    (the close statement's own arguments included)."""
    block = _block_of(opened, semantic) or []
    start, end = block.index(opened), block.index(closing)
    between = block[start + 1 : end]
    if start >= end:
        return False
    for stmt in between:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Call | ast.Raise | ast.Return | ast.Await | ast.Subscript):
                return True
    return False


RULE = Rule(
    code="REL118",
    name="resource-not-closed",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    cwe=(772, 404),
    quiet_in=frozenset({"tests"}),
    doc=__doc__ or "",
    visits=(ast.Call,),
    check=check,
)
