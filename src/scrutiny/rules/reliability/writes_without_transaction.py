"""# Several database writes without a transaction

## What it does
Finds functions (views, DRF view methods, Flask and FastAPI routes, services) that write to the
database more than once outside a transaction: two or more Django ORM writes (`.save()`,
`Model.objects.create()`, `queryset.update()`, `.delete()`, `bulk_create`, `get_or_create`, ...)
that are not inside `transaction.atomic()` (a `with` block or a decorator), or two or more
SQLAlchemy `session.commit()` calls in one function outside `session.begin()`. The finding is on
the second write and names the writes. It is quiet when the project sets
`DATABASES[...]["ATOMIC_REQUESTS"] = True` (every Django view is then one transaction), and for
a function that is called inside a transaction somewhere in the project (directly, or through
callers that are), since the caller then owns the unit of work.

## Why it matters
In autocommit mode every write commits on its own. If the process dies, the database times out
or a later line raises between two writes, the first one stays and the second never happens: an
order without its lines, a debit without the credit, a user without a profile. These half-done
states are rare, hard to reproduce, and usually found by a customer.

## Example
```python
def place_order(request):
    order = Order.objects.create(customer=request.user, total=cart.total)
    for item in cart.items:
        OrderLine.objects.create(order=order, product=item.product, qty=item.qty)
    cart.delete()
    return redirect("orders:detail", pk=order.pk)
```

## Use instead
```python
from django.db import transaction

def place_order(request):
    with transaction.atomic():
        order = Order.objects.create(customer=request.user, total=cart.total)
        OrderLine.objects.bulk_create(
            OrderLine(order=order, product=i.product, qty=i.qty) for i in cart.items
        )
        cart.delete()
    return redirect("orders:detail", pk=order.pk)
```
With SQLAlchemy, let one block own the transaction:
```python
with Session(engine) as session, session.begin():
    session.add(order)
    session.add_all(lines)
# committed here, or rolled back if anything above raised
```

## Alternatives and trade-offs
- `ATOMIC_REQUESTS = True` wraps every view in a transaction: simple and safe, but holds the
  transaction (and its locks) for the whole request, including template rendering and any slow
  external call; `@transaction.non_atomic_requests` opts a view out.
- `@transaction.atomic` on a service function documents the unit of work where it is defined;
  nesting is fine (inner blocks become savepoints).
- When the writes really are independent (an audit log that must survive a failed operation),
  keep them separate and suppress with a reason.
- Writes through helper functions are not followed: put the transaction at the outermost
  function that owns the unit of work.

## Libraries
Django `django.db.transaction.atomic`, SQLAlchemy `Session.begin()` / `sessionmaker.begin()`,
Flask-SQLAlchemy `db.session.begin()`, SQLModel (SQLAlchemy sessions).

## References
- https://docs.djangoproject.com/en/stable/topics/db/transactions/
- https://docs.sqlalchemy.org/en/20/orm/session_transaction.html
- https://cwe.mitre.org/data/definitions/662.html
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import transactions as tx
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import ProjectIndex, Site

from ._transactions import (
    Edge,
    call_edges,
    in_transaction,
    receiver_names,
    sets_atomic_requests,
    transactional_functions,
    uses_django,
)

FIX = "wrap the writes in `with transaction.atomic():` (or `with session.begin():`)"


@dataclass(frozen=True)
class Candidate:
    function: str
    site: Site
    writes: tuple[str, ...]
    django: bool


@dataclass(frozen=True)
class Facts:
    atomic_requests: bool
    candidates: tuple[Candidate, ...]
    edges: tuple[Edge, ...]  # calls, to find helpers that run inside a caller's transaction


def collect(file: FileContext) -> Facts | None:
    semantic = file.semantic
    atomic_requests = sets_atomic_requests(file.tree, semantic)
    django = uses_django(semantic)
    candidates: list[Candidate] = []
    for function, calls in semantic.calls.items():
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if function.name in tx.ORM_OVERRIDES or _transactional_receiver(function, semantic):
            continue
        candidate = _candidate(file, function, calls, django)
        if candidate is not None:
            candidates.append(candidate)
    edges = call_edges(file)
    if not candidates and not atomic_requests and not edges:
        return None
    return Facts(atomic_requests, tuple(candidates), edges)


def _candidate(file: FileContext, function: ast.AST, calls: Any, django: bool) -> Candidate | None:
    semantic = file.semantic
    orm: list[ast.Call] = []
    commits: list[ast.Call] = []
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
        kind = _write_kind(call, semantic, django)
        if kind is None or in_transaction(call, semantic):
            continue
        (orm if kind == "django" else commits).append(call)
    for writes, is_django in ((orm, True), (commits, False)):
        second = _second_write(writes, semantic, is_django)
        if second is not None:
            labels = tuple(f"`{_text(c.func)}()`" for c in writes)
            qualname = f"{semantic.module}.{semantic.qualnames.get(function, '')}"
            return Candidate(qualname, file.site(second), labels, is_django)
    return None


def _transactional_receiver(function: ast.AST, semantic: SemanticModel) -> bool:
    """`@receiver(post_delete, ...)`: Django sends these signals inside its own transaction."""
    if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    return any(
        isinstance(d, ast.Call)
        and semantic.qualified_name(d.func) in tx.SIGNAL_RECEIVERS
        and d.args
        and semantic.qualified_name(d.args[0]) in tx.TRANSACTIONAL_SIGNALS
        for d in function.decorator_list
    )


def _second_write(
    writes: list[ast.Call], semantic: SemanticModel, distinct: bool
) -> ast.Call | None:
    """The first write that can run after another write on the same path through the function
    (for the ORM, a write to another object: saving one instance twice is one change)."""
    keys = [_target(w, semantic) if distinct else f"#{i}" for i, w in enumerate(writes)]
    for index, later in enumerate(writes):
        if any(
            keys[position] != keys[index] and _both_run(earlier, later, semantic)
            for position, earlier in enumerate(writes[:index])
        ):
            return later
    return None


def _target(call: ast.Call, semantic: SemanticModel) -> str:
    """What a write changes: the instance saved or deleted, or the name a created object is
    bound to (`cf = CachedFile.objects.create(); cf.save()` writes one object)."""
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and func.attr in tx.INSTANCE_WRITES
        and isinstance(func.value, ast.Name | ast.Attribute)
    ):
        return ast.unparse(func.value)
    parent = semantic.parent(call)
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1:
        target = parent.targets[0]
        if isinstance(target, ast.Tuple) and target.elts:
            target = target.elts[0]
        if isinstance(target, ast.Name | ast.Attribute):
            return ast.unparse(target)
    return f"#{call.lineno}:{call.col_offset}"


def _both_run(earlier: ast.AST, later: ast.AST, semantic: SemanticModel) -> bool:
    """False when the two writes are in different branches of one `if` (or a `try` body and
    its handler), or the earlier one is in a block that ends with `return`/`raise` and the later
    one is outside that block."""
    later_ancestors = set(map(id, semantic.ancestors(later)))
    child: ast.AST = earlier
    for ancestor in semantic.ancestors(earlier):
        if id(ancestor) in later_ancestors:
            return not _exclusive(_branch(ancestor, child), _branch_of(ancestor, later, semantic))
        if isinstance(ancestor, ast.If | ast.With | ast.Try | ast.ExceptHandler):
            block = _block_of(ancestor, child)
            if block and isinstance(block[-1], ast.Return | ast.Raise):
                return False
        child = ancestor
    return True


def _exclusive(first: str, second: str) -> bool:
    if first == second or "" in (first, second):
        return False
    pair = {first, second}
    if pair == {"body", "orelse"}:
        return True  # the two branches of an `if` (a `try` names its else branch "else")
    return any(b.startswith("handler") for b in pair) and "finalbody" not in pair


def _branch(node: ast.AST, child: ast.AST) -> str:
    """Which branch of `node` holds `child`: body, orelse, handler<i>, finalbody ("" if none)."""
    if isinstance(node, ast.Try):
        for position, handler in enumerate(node.handlers):
            if child is handler:
                return f"handler{position}"
        if child in node.finalbody:
            return "finalbody"
        return "body" if child in node.body else "else" if child in node.orelse else ""
    if isinstance(node, ast.If):
        return "body" if child in node.body else "orelse" if child in node.orelse else ""
    return ""


def _branch_of(node: ast.AST, descendant: ast.AST, semantic: SemanticModel) -> str:
    child = descendant
    for ancestor in semantic.ancestors(descendant):
        if ancestor is node:
            return _branch(node, child)
        child = ancestor
    return ""


def _block_of(
    node: ast.If | ast.With | ast.Try | ast.ExceptHandler, child: ast.AST
) -> list[ast.stmt]:
    for block in (node.body, getattr(node, "orelse", [])):
        if child in block:
            return block
    return []


def _write_kind(call: ast.Call, semantic: SemanticModel, django: bool) -> str | None:
    func = call.func
    if not isinstance(func, ast.Attribute):
        return None
    attr = func.attr
    chain = receiver_names(func.value)
    if attr == tx.SESSION_COMMIT and chain and tx.SESSION_WORD in chain[0].lower():
        return "sqlalchemy"
    if attr in tx.DISTINCT_WRITES and django:
        return "django"
    if (
        attr in tx.QUERYSET_WRITES
        and set(chain[:-1]) & tx.QUERYSET_LINKS
        and (django or tx.MANAGER in chain)
        and not set(chain) & tx.SQLALCHEMY_LINKS
    ):
        return "django"
    if attr in tx.INSTANCE_WRITES and django and _instance_write(call, chain):
        return "django"
    return None


def _instance_write(call: ast.Call, chain: list[str]) -> bool:
    if call.args or not chain:
        return False
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call):
        return False  # `super().save()`, `session.query(...).delete()`: not an instance
    if chain[0].lower() in ("session", "cache", "storage", "file"):
        return False
    return all(keyword.arg not in tx.NO_WRITE_KEYWORDS for keyword in call.keywords)


def _text(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    return text if len(text) <= 40 else f"...{text[-37:]}"


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    all_facts = [f for f in facts.values() if isinstance(f, Facts)]
    atomic_requests = any(f.atomic_requests for f in all_facts)
    inside = transactional_functions(index, (e for f in all_facts for e in f.edges))
    for file_facts in all_facts:
        for candidate in file_facts.candidates:
            if (candidate.django and atomic_requests) or candidate.function in inside:
                continue
            what = "database writes" if candidate.django else "commits"
            name = candidate.function.rsplit(".", 1)[-1]
            shown = ", ".join(candidate.writes[:4]) + (", ..." if len(candidate.writes) > 4 else "")
            reporter.report(
                candidate.site,
                f"`{name}` makes {len(candidate.writes)} {what} ({shown}) outside a "
                "transaction: a failure between them leaves the data half-updated",
                fix=FIX,
            )


RULE = Rule(
    code="REL115",
    name="writes-without-transaction",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(662,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests", "migrations"}),
    collect=collect,
    finish=finish,
)
