"""# N+1 queries: a loop reads a relation the queryset does not load

## What it does
Finds loops over a queryset (`for`, comprehensions, generator expressions, `map`) whose rows
read a relation that the queryset did not load eagerly: `order.customer.name` after
`Order.objects.filter(...)` without `select_related("customer")`, `order.lines.all()` without
`prefetch_related("lines")`, a SQLAlchemy `order.customer` with the default `lazy="select"`
and no `joinedload`. It follows the rows across files: into helpers the queryset or a row is
passed to, model properties and methods (`order.label` reading `self.customer`), `__str__`,
DRF serializers used with `many=True` (nested serializers, `source="customer.name"`,
`SerializerMethodField` bodies, many-to-many fields of a `ModelSerializer`) including list
views and viewsets, and Django/Jinja2 templates (`{% for o in orders %}{{ o.customer }}`) that a
view renders with the queryset in its context. The finding sits on the loop (on the `render()`
call, the `Serializer(..., many=True)` call or the view's queryset when the loop is implicit),
names the access with its file and line, and gives the exact eager-loading call to add where the
queryset is built. Columns count too: a row reading a column that the queryset left out with
`.only(...)`, `.defer(...)` or SQLAlchemy's `load_only(...)` loads it with one query per row.

## Why it matters
Each row issues one more query: a page of 100 orders runs 101 queries where 1 or 2 would do.
It is the most common cause of slow Django and SQLAlchemy endpoints, it grows with the data,
and it hides in development where tables hold ten rows. Runtime tools only see the paths the
tests or the traffic happen to run, and they point at the line where the query fires, not at
the queryset that should have loaded the relation.

## Example
```python
# shop/views.py
def order_list(request):
    orders = Order.objects.filter(status="paid")
    rows = [(o.number, o.customer.name, o.lines.count()) for o in orders]  # 1 + 2N queries
    return render(request, "shop/orders.html", {"rows": rows})
```

## Use instead
```python
# shop/views.py
def order_list(request):
    orders = (
        Order.objects.filter(status="paid")
        .select_related("customer")      # one-valued: a JOIN in the same query
        .prefetch_related("lines")       # many-valued: one extra query for all rows
    )
    rows = [(o.number, o.customer.name, len(o.lines.all())) for o in orders]
    return render(request, "shop/orders.html", {"rows": rows})

# SQLAlchemy 2.0
stmt = (
    select(Order)
    .where(Order.status == "paid")
    .options(joinedload(Order.customer), selectinload(Order.lines))
)
orders = session.scalars(stmt).all()
```

## Alternatives and trade-offs
- `select_related` / `joinedload` join in the same query: best for foreign keys and one-to-one;
  wide rows when the joined table is large, and a join per level.
- `prefetch_related` / `selectinload` run one query per relation for all rows: best for reverse
  foreign keys and many-to-many; the `IN (...)` list grows with the page size. Use
  `Prefetch("lines", queryset=Line.objects.select_related("product"))` to shape the second query.
- Read only the column (`order.customer_id`, `values("customer__name")`,
  `annotate(n=Count("lines"))`) when the row object is not needed: no extra query, less memory.
- Make the relation eager by default (`lazy="selectin"` on a SQLAlchemy relationship,
  django-auto-prefetch) when nearly every use needs it; it costs the queries where it does not.
- `lazy="raise"` / `raiseload("*")` (SQLAlchemy) and zeal or nplusone (Django) turn a missed load
  into an error in tests.

## Libraries
django-debug-toolbar, nplusone, zeal, django-auto-prefetch, django-silk, sqlalchemy
(`raiseload`, `selectinload`), pytest-django's `django_assert_num_queries`.

## References
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#select-related
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#prefetch-related
- https://docs.sqlalchemy.org/en/20/orm/queryguide/relationships.html
- https://www.django-rest-framework.org/api-guide/relations/
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity, Step
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._nplusone_extract import facts
from ._nplusone_facts import FileFacts
from ._nplusone_fixes import fix_for
from ._nplusone_solve import Problem, Solver


def collect(file: FileContext) -> FileFacts | None:
    return facts(file)


def finish(index: ProjectIndex, found: Mapping[str, Any], reporter: ProjectReporter) -> None:
    for problem in Solver(index, found).problems():
        if problem.unloaded:
            _report(problem, reporter)
        elif problem.deferred:
            _report_deferred(problem, reporter)


def _report(problem: Problem, reporter: ProjectReporter) -> None:
    first = problem.unloaded[0]
    model = problem.root.model.rpartition(".")[2]
    dotted = ".".join(first.names)
    others = sorted({h.names[0] for h in problem.unloaded} - {first.names[0]})
    more = f" (and `{'`, `'.join(others)}`)" if others else ""
    fix = fix_for(problem)
    built = problem.root.built
    where = f"{built.path}:{built.line}"
    access = Step(first.access, f"reads `{dotted}`: one query per row")
    reporter.report(
        problem.anchor,
        f"N+1 queries: each `{model}` row reads `{dotted}`{more}, which the queryset built at "
        f"{where} does not load, so every row runs another query",
        fix=f"{fix} where the queryset is built ({where})",
        trace=(*problem.root.steps, problem.loop_step, *first.steps, access),
        severity=Severity.HIGH if problem.request_path else Severity.MEDIUM,
        confidence=Confidence.MEDIUM if problem.inferred or first.steps else Confidence.HIGH,
    )


def _report_deferred(problem: Problem, reporter: ProjectReporter) -> None:
    names = sorted({h.names[0] for h in problem.deferred})
    first = problem.deferred[0]
    model = problem.root.model.rpartition(".")[2]
    built = problem.root.built
    where = f"{built.path}:{built.line}"
    listed = "`, `".join(names)
    if problem.root.framework == "sqlalchemy":
        columns = ", ".join(f"{model}.{n}" for n in names)
        fix = f"add {columns} to `load_only(...)` (or stop deferring it) at {where}"
    else:
        quoted = ", ".join(f'"{n}"' for n in names)
        fix = f"add {quoted} to `.only(...)` (or drop it from `.defer(...)`) at {where}"
    access = Step(first.access, f"reads `{first.names[0]}`: one query per row")
    reporter.report(
        problem.anchor,
        f"N+1 queries: each `{model}` row reads `{listed}`, which the queryset built at {where} "
        "left out with `only()`/`defer()`/`load_only()`, so every row loads it with another query",
        fix=fix,
        trace=(*problem.root.steps, problem.loop_step, *first.steps, access),
        severity=Severity.HIGH if problem.request_path else Severity.MEDIUM,
        confidence=Confidence.MEDIUM if problem.inferred or first.steps else Confidence.HIGH,
    )


RULE = Rule(
    code="DB101",
    name="n-plus-one",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(1073,),
    quiet_in=frozenset({"tests"}),
    doc=__doc__ or "",
    collect=collect,
    finish=finish,
    runtime=True,
)
