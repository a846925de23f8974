"""# Query in a loop

## What it does
Finds database queries issued once per iteration of a loop: `Model.objects.get()`,
`.filter(...).first()`, `.count()`, `.exists()`, `.aggregate()`, iterating a fresh `filter()`
queryset, `get_object_or_404()`, SQLAlchemy `session.get(Model, id)`,
`session.execute(select(...))`, `session.scalars(...)` and `session.query(Model)....first()`,
written in the loop body or comprehension, or reached through helpers, methods and row methods
called from the loop, in any module of the project (`for line in order.lines: price_for(line)`
where `pricing/services.py: price_for()` runs `Price.objects.filter(...).first()`). A query that
does not depend on the loop at all is reported with the advice to hoist it. Loops over a literal
of constants (`for status in ("draft", "live")`), queries on a path that leaves the loop
(`return`, `break`) and memoized helpers (`lru_cache`, `cached_property`) are not reported.
Relation accesses that load a row per iteration (`book.author.name`, `order.lines.all()`) are
DB101's; this rule is about explicit query calls.

## Why it matters
Each query is a network round trip plus parsing, planning and locking on the database: a loop
over 500 rows issuing one `get()` each makes 501 queries where 2 serve. The cost grows with the
data, so the page that was fast in development times out in production; under load the extra
queries also hold connections from the pool that other requests need.

## Example
```python
def invoice_lines(order_ids):
    for order_id in order_ids:
        order = Order.objects.get(pk=order_id)                    # one query per id
        paid = Payment.objects.filter(order=order).exists()       # and another
        yield order, paid
```

## Use instead
```python
def invoice_lines(order_ids):
    orders = Order.objects.in_bulk(order_ids)
    paid_ids = set(
        Payment.objects.filter(order_id__in=order_ids).values_list("order_id", flat=True)
    )
    for order_id in order_ids:
        yield orders[order_id], order_id in paid_ids
```
SQLAlchemy: `users = {u.id: u for u in session.scalars(select(User).where(User.id.in_(ids)))}`
before the loop instead of `session.get(User, id)` inside it.

## Alternatives and trade-offs
- `in_bulk(ids)` / `filter(pk__in=ids)` into a dict: two queries in all; the `IN` list should be
  chunked (a few thousand ids) on databases with parameter limits (SQLite: 999 or 32766).
- `annotate(n=Count("lines"))`, `Exists(...)` and `Subquery(...)` on the outer queryset: the
  database does the per-row work in one query; the SQL is more complex and needs an index on the
  joined column.
- `prefetch_related(Prefetch("lines", queryset=...))`: one extra query per relation, results
  cached on each row; costs memory for large sets.
- Cache a loop-invariant result (`settings = SiteSettings.load()` once above the loop), or
  memoize a helper with `functools.lru_cache` when the same keys repeat (mind staleness).

## Libraries
django-debug-toolbar and django-silk (show the query count per request), nplusone and zeal (raise
on repeated queries in tests), pytest-django's `django_assert_max_num_queries`, SQLAlchemy's
`before_cursor_execute` event for counting, sqlalchemy-utils.

## References
- https://docs.djangoproject.com/en/stable/topics/db/optimization/
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#in-bulk
- https://docs.sqlalchemy.org/en/20/orm/queryguide/select.html
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity, Step
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._loops_extract import loop_facts
from ._loops_facts import DbOp, LoopCall, LoopFileFacts
from ._loops_project import LoopProject, confidence, severity, where


def collect(file: FileContext) -> LoopFileFacts | None:
    return loop_facts(file, "queries")


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = LoopProject.of(index, facts)
    for file in project.files:
        for op in file.ops:
            if op.kind == "query" and op.loop is not None and project.op_confirmed(op):
                _report_op(reporter, op)
        for call in file.loop_calls:
            _report_call(project, reporter, call)


def _each(header: str) -> str:
    """`on every iteration of `for x in xs`` / `for each object `S` serializes`."""
    return f"on every iteration of `{header}`" if header.startswith("for ") else f"for {header}"


def _loop_note(header: str) -> str:
    return f"the loop `{header}`" if header.startswith("for ") else f"runs {header}"


def _report_op(reporter: ProjectReporter, op: DbOp) -> None:
    assert op.loop is not None
    header = op.loop.header
    if op.invariant:
        message = (
            f"{op.what} runs the same query {_each(header)}"
            f"{where(op.request)}: it does not depend on the loop"
        )
    else:
        message = (
            f"{op.what} runs a query {_each(header)}{where(op.request)}: "
            "one query per row where one for all rows serves"
        )
    reporter.report(
        op.site,
        message,
        fix=op.fix,
        trace=(
            Step(op.loop.site.location, _loop_note(header)),
            Step(op.site.location, f"{op.what} queries the database once per iteration"),
        ),
        severity=severity(op.request),
        confidence=confidence(op),
    )


def _report_call(project: LoopProject, reporter: ProjectReporter, call: LoopCall) -> None:
    callee = call.callee
    if call.member_of is not None:
        model = project.orm.resolve_model(call.member_of)
        if model is None:
            return
        callee = f"{model}.{callee.rpartition('.')[2]}"
    path = project.query_path(callee)
    if path is None:
        return
    header = call.loop.header
    last = path[-1].note.split(" runs ", 1)[-1]
    reporter.report(
        call.site,
        f"`{call.label}` runs a query {_each(header)}{where(call.request)}: it reaches {last}",
        fix="load what the helper needs for all rows before the loop (`in_bulk()`, "
        "`filter(<key>__in=keys)`, `annotate()`) and pass it in",
        trace=(
            Step(call.loop.site.location, _loop_note(header)),
            Step(call.site.location, f"calls `{call.label}` once per iteration"),
            *path,
        ),
        severity=severity(call.request),
        confidence=Confidence.MEDIUM if len(path) <= 2 else Confidence.LOW,
    )


RULE = Rule(
    code="DB102",
    name="query-in-loop",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
