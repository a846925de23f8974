"""# select_for_update outside a transaction

## What it does
Finds Django querysets with `.select_for_update()` that are evaluated outside
`transaction.atomic()`: in a view or view method, or in a helper function that a view calls
outside a transaction and that nothing calls inside one (helpers called only from code Scrutiny
cannot see, such as a library's callbacks, are not reported). A queryset that is built and
returned (evaluated by the caller), or set as a class attribute, is not reported; neither is any
view when the project sets `ATOMIC_REQUESTS = True`. SQLAlchemy's `.with_for_update()` is not
reported: a session begins a transaction on first use (autobegin), so the lock is held until
`commit()`.

## Why it matters
Row locks only exist inside a transaction. Django refuses to evaluate a `select_for_update()`
queryset in autocommit mode and raises `TransactionManagementError` at runtime, typically on
the one code path (a payment, a stock reservation) that was meant to be race-free. With a
database backend or a test setup that hides the error (tests run inside a transaction), the bug
ships.

## Example
```python
def reserve(request, pk):
    item = Item.objects.select_for_update().get(pk=pk)
    item.stock -= 1
    item.save()
```

## Use instead
```python
from django.db import transaction
from django.db.models import F

def reserve(request, pk):
    with transaction.atomic():
        item = Item.objects.select_for_update().get(pk=pk)
        item.stock -= 1
        item.save(update_fields=["stock"])
    return redirect("items:detail", pk=pk)
```

## Alternatives and trade-offs
- An atomic `UPDATE` needs no lock at all: `Item.objects.filter(pk=pk, stock__gt=0)
  .update(stock=F("stock") - 1)` returns the number of rows changed; check it for 0.
- `select_for_update(nowait=True)` or `skip_locked=True` fail fast or skip busy rows (job
  queues) instead of waiting for the lock.
- `ATOMIC_REQUESTS = True` makes every view a transaction, so the lock is held to the end of the
  request: simple, but longer lock times.

## Libraries
Django `transaction.atomic` and `QuerySet.select_for_update`, `django-concurrency` (optimistic
locking), SQLAlchemy `Query.with_for_update`.

## References
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#select-for-update
- https://docs.djangoproject.com/en/stable/topics/db/transactions/
- https://cwe.mitre.org/data/definitions/667.html
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
    FunctionNode,
    call_edges,
    enclosing_function,
    in_transaction,
    sets_atomic_requests,
    transactional_functions,
)

FIX = "evaluate it inside `with transaction.atomic():`"


@dataclass(frozen=True)
class Candidate:
    function: str
    handler: bool
    site: Site


@dataclass(frozen=True)
class Facts:
    atomic_requests: bool
    candidates: tuple[Candidate, ...]
    edges: tuple[Edge, ...]
    called_by_handler: frozenset[str]  # called outside a transaction by a request handler


def collect(file: FileContext) -> Facts | None:
    semantic = file.semantic
    candidates: list[Candidate] = []
    by_handler: set[str] = set()
    handlers: dict[ast.AST, bool] = {}  # function -> whether it is a request handler
    callers: dict[ast.AST, FunctionNode | None] = {}  # scope -> `enclosing_function` of its nodes
    for node in file.nodes(ast.Call):
        func = node.func
        locks = isinstance(func, ast.Attribute) and func.attr == tx.SELECT_FOR_UPDATE
        scope = semantic.scope_of[node]
        if scope in callers:
            caller = callers[scope]
        else:
            caller = callers[scope] = _function_of_scope(scope, semantic)
        if caller is not None and caller not in handlers:
            handlers[caller] = _handler(caller, semantic)
        handled = caller is not None and handlers[caller]
        if not (locks or handled) or in_transaction(node, semantic):
            continue  # (the cheap tests first: most calls neither lock nor sit in a handler)
        if handled:
            callee = semantic.qualified_name(func)
            if callee:
                by_handler.add(callee)
        if not locks or caller is None or _lazy(node, semantic):
            continue
        qualname = f"{semantic.module}.{semantic.qualnames.get(caller, '')}"
        candidates.append(Candidate(qualname, handled, file.site(node)))
    atomic_requests = sets_atomic_requests(file.tree, semantic)
    edges = call_edges(file)
    if not candidates and not edges and not by_handler and not atomic_requests:
        return None
    return Facts(atomic_requests, tuple(candidates), edges, frozenset(by_handler))


def _function_of_scope(scope: ast.AST, semantic: SemanticModel) -> FunctionNode | None:
    """`enclosing_function` of any node whose innermost scope is `scope`."""
    if isinstance(scope, FunctionNode):
        return scope
    if isinstance(scope, ast.ClassDef):
        return enclosing_function(scope, semantic)
    return None  # the module, or a lambda (its body runs when it is called)


def _lazy(node: ast.expr, semantic: SemanticModel) -> bool:
    """The queryset is returned or yielded unevaluated: its caller decides where it runs."""
    current: ast.AST = node
    parent = semantic.parent(current)
    while isinstance(parent, ast.Attribute | ast.Call) and (
        isinstance(parent, ast.Attribute) or parent.func is current
    ):
        if isinstance(parent, ast.Attribute) and parent.attr in tx.EVALUATING_METHODS:
            return False
        current = parent
        parent = semantic.parent(current)
    return isinstance(parent, ast.Return | ast.Yield)


def _handler(function: FunctionNode, semantic: SemanticModel) -> bool:
    params = [a.arg for a in function.args.posonlyargs + function.args.args]
    if isinstance(semantic.parent(function), ast.ClassDef):
        return function.name in tx.VIEW_METHODS or (params[1:2] == ["request"])
    if params[:1] in (["request"], ["req"]):
        return True
    return any(
        isinstance(d, ast.Call)
        and isinstance(d.func, ast.Attribute)
        and d.func.attr in tx.ROUTE_DECORATORS
        for d in function.decorator_list
    )


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    all_facts = [f for f in facts.values() if isinstance(f, Facts)]
    atomic_requests = any(f.atomic_requests for f in all_facts)
    in_tx = transactional_functions(index, (e for f in all_facts for e in f.edges))
    by_handler = (
        set()
        if atomic_requests
        else {index.resolve(c) for f in all_facts for c in f.called_by_handler}
    )
    for file_facts in all_facts:
        for candidate in file_facts.candidates:
            if candidate.function in in_tx:
                continue  # some caller holds a transaction
            if candidate.handler and atomic_requests:
                continue
            if not candidate.handler and candidate.function not in by_handler:
                continue  # a helper: reported only when a view calls it outside a transaction
            name = candidate.function.rsplit(".", 1)[-1]
            reporter.report(
                candidate.site,
                f"`select_for_update()` in `{name}` is evaluated outside a transaction: Django "
                "raises TransactionManagementError and no row is locked",
                fix=FIX,
                confidence=Confidence.HIGH if candidate.handler else Confidence.MEDIUM,
            )


RULE = Rule(
    code="REL117",
    name="select-for-update-outside-transaction",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(667,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests", "migrations"}),
    collect=collect,
    finish=finish,
)
