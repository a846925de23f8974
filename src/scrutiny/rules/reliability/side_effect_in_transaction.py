"""# Side effect inside a database transaction

## What it does
Finds calls that leave the process (HTTP requests with `requests`/`httpx`/`urllib`, `send_mail`
and `EmailMessage.send()`, Celery `.delay()`/`.apply_async()`/`send_task()`, pika
`basic_publish`, kombu `Producer.publish`, boto3 SQS/SNS `send_message`/`publish`) made inside
`transaction.atomic()` or a SQLAlchemy `session.begin()` block, without deferring them with
`transaction.on_commit(...)`.

## Why it matters
A database transaction can be rolled back; an email, a webhook or a queue message cannot. If the
block fails after the call, the customer is told about an order that does not exist. The reverse
race is as common: a Celery worker picks up the task before the transaction commits, looks the
row up, and does not find it (or finds the old values). The external call also holds the
transaction, its connection and its row locks open for as long as the remote side takes.

## Example
```python
from django.core.mail import send_mail
from django.db import transaction

@transaction.atomic
def confirm(order):
    order.status = "confirmed"
    order.save()
    send_mail("Order confirmed", body, None, [order.email])
    charge_card.delay(order.pk)
```

## Use instead
```python
from functools import partial

from django.core.mail import send_mail
from django.db import transaction

@transaction.atomic
def confirm(order):
    order.status = "confirmed"
    order.save()
    transaction.on_commit(partial(send_mail, "Order confirmed", body, None, [order.email]))
    transaction.on_commit(lambda: charge_card.delay(order.pk))
```

## Alternatives and trade-offs
- `transaction.on_commit` runs the call only after a successful commit; it is lost if the
  process dies between the commit and the call. Use `robust=True` (Django 4.2+) so one failing
  callback does not skip the others.
- A transactional outbox (write the message to a table in the same transaction, relay it
  afterwards: django-outbox-pattern, or a Celery beat task) guarantees at-least-once delivery at
  the cost of a relay process and idempotent consumers.
- Making the external call before the transaction keeps it out of the locks but needs a
  compensating action when the transaction then fails.
- Calls inside a nested function defined in the block are not reported (they may run later),
  nor `.delay()`/`.apply_async()` of a task whose `base=` class defers `apply_async` to
  `transaction.on_commit` itself (a "transaction-aware task").

## Libraries
Django `transaction.on_commit`, Celery (`django-celery-results`, `celery-transactional-outbox`),
SQLAlchemy `after_commit` session events, `django-outbox-pattern`.

## References
- https://docs.djangoproject.com/en/stable/topics/db/transactions/#performing-actions-after-commit
- https://microservices.io/patterns/data/transactional-outbox.html
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

from ._transactions import deferred_to_commit, in_transaction

FIX = "defer it: `transaction.on_commit(lambda: ...)` (or write to an outbox table)"


@dataclass(frozen=True)
class Candidate:
    site: Site
    message: str
    task: str  # the Celery task's qualified name for `.delay()` / `.apply_async()`, else ""


@dataclass(frozen=True)
class Facts:
    candidates: tuple[Candidate, ...]
    tasks: tuple[tuple[str, str], ...]  # (task function, its `base=` class)
    commit_aware: tuple[str, ...]  # task classes whose `apply_async` defers to `on_commit`


def collect(file: FileContext) -> Facts | None:
    semantic = file.semantic
    candidates: list[Candidate] = []
    tasks: list[tuple[str, str]] = []
    aware: list[str] = []
    for call in file.nodes(ast.Call):
        candidate = _candidate(call, file)
        if candidate is not None:
            candidates.append(candidate)
    functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = [
        *file.nodes(ast.FunctionDef),
        *file.nodes(ast.AsyncFunctionDef),
    ]
    for function in functions:
        base = _task_base(function, semantic)
        if base:
            tasks.append((f"{semantic.module}.{semantic.qualnames.get(function, '')}", base))
    for klass in file.nodes(ast.ClassDef):
        if _defers_publishing(klass, semantic):
            aware.append(f"{semantic.module}.{semantic.qualnames.get(klass, klass.name)}")
    if not candidates and not tasks and not aware:
        return None
    return Facts(tuple(candidates), tuple(tasks), tuple(aware))


def _candidate(node: ast.Call, file: FileContext) -> Candidate | None:
    semantic = file.semantic
    what = _side_effect(node, semantic)
    if what is None:
        return None
    if not in_transaction(node, semantic) or deferred_to_commit(node, semantic):
        return None
    name = ast.unparse(node.func)
    name = name if len(name) <= 40 else f"...{name[-37:]}"
    task = ""
    if isinstance(node.func, ast.Attribute) and node.func.attr in tx.SIDE_EFFECT_METHODS:
        task = semantic.qualified_name(node.func.value) or ""
    message = (
        f"`{name}()` sends {what} inside a database transaction: it cannot be rolled back and "
        "may be seen before the data is committed"
    )
    return Candidate(file.site(node), message, task)


def _task_base(function: ast.FunctionDef | ast.AsyncFunctionDef, semantic: SemanticModel) -> str:
    """The `base=` class of `@app.task(base=...)` / `@shared_task(base=...)`."""
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg == tx.TASK_BASE_KEYWORD:
                    return semantic.qualified_name(keyword.value) or ""
    return ""


def _defers_publishing(klass: ast.ClassDef, semantic: SemanticModel) -> bool:
    """A Celery task class whose `apply_async` / `delay` hands the call to `on_commit`."""
    for statement in klass.body:
        if isinstance(statement, ast.FunctionDef) and statement.name in tx.SIDE_EFFECT_METHODS:
            for node in ast.walk(statement):
                if (
                    isinstance(node, ast.Call)
                    and semantic.qualified_name(node.func) in tx.ON_COMMIT
                ):
                    return True
    return False


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    all_facts = [f for f in facts.values() if isinstance(f, Facts)]
    aware = {index.resolve(c) for f in all_facts for c in f.commit_aware}
    deferred = {
        index.resolve(t) for f in all_facts for t, base in f.tasks if index.resolve(base) in aware
    }
    for file_facts in all_facts:
        for candidate in file_facts.candidates:
            if candidate.task and index.resolve(candidate.task) in deferred:
                continue  # the task class itself waits for the commit
            reporter.report(candidate.site, candidate.message, fix=FIX)


def _side_effect(node: ast.Call, semantic: SemanticModel) -> str | None:
    callee = semantic.qualified_name(node.func) or ""
    if callee in tx.SIDE_EFFECT_CALLS:
        return tx.SIDE_EFFECT_CALLS[callee]
    func = node.func
    if not isinstance(func, ast.Attribute):
        return None
    if func.attr in tx.SIDE_EFFECT_METHODS:
        return tx.SIDE_EFFECT_METHODS[func.attr]
    if func.attr not in _RECEIVER_METHODS:
        return None
    for factory in _factories(func.value, semantic):
        methods, what = tx.SIDE_EFFECT_RECEIVERS.get(factory, (frozenset(), ""))
        if func.attr in methods:
            return what
    return None


# every method of `tx.SIDE_EFFECT_RECEIVERS`: other calls need no look at their receiver
_RECEIVER_METHODS = frozenset(
    m for methods, _ in tx.SIDE_EFFECT_RECEIVERS.values() for m in methods
)


def _factories(receiver: ast.expr, semantic: SemanticModel) -> set[str]:
    values: list[ast.expr | None] = [receiver]
    if isinstance(receiver, ast.Name):
        values = list(semantic.assigned_values(receiver) or [])
    return {semantic.qualified_name(v.func) or "" for v in values if isinstance(v, ast.Call)}


RULE = Rule(
    code="REL116",
    name="side-effect-in-transaction",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(662,),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
