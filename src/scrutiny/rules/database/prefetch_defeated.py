"""# Prefetched relation queried again inside a loop

## What it does
Finds calls such as `.filter()`, `.exclude()`, `.order_by()`, `.values()`, `.get()`,
`.latest()` or `.first()` on a related manager whose relation the queryset prefetched
(`prefetch_related("lines")`), made for each row of a loop over that queryset: directly in the
loop, in a helper or model method the row is passed to, or in a DRF `SerializerMethodField`. The
finding is on the call that issues the query, with the queryset's construction site and the
loop in its trace.

## Why it matters
A related manager reads the prefetch cache only for `.all()` (and `count()`, `exists()`,
iteration, `len()`); any other queryset method builds a new query, so the prefetch is paid for
and then ignored: the loop still runs one query per row, plus the prefetch query.

## Example
```python
orders = Order.objects.prefetch_related("lines")
for order in orders:
    open_lines = order.lines.filter(status="open")   # one query per order anyway
```

## Use instead
```python
from django.db.models import Prefetch

orders = Order.objects.prefetch_related(
    Prefetch("lines", queryset=Line.objects.filter(status="open"), to_attr="open_lines")
)
for order in orders:
    open_lines = order.open_lines   # a list, filled by the one prefetch query
```

## Alternatives and trade-offs
- `Prefetch(..., queryset=..., to_attr=...)` moves the filter or the ordering into the one
  prefetch query; the attribute is a plain list, so code that expects a manager must change.
- Filter or sort in Python over `order.lines.all()` (`[l for l in order.lines.all() if l.open]`,
  `sorted(..., key=...)`): no new query, fine for small relations, slower for large ones.
- Annotate the value instead (`annotate(open_count=Count("lines", filter=Q(lines__status="open")))`)
  when only a number is needed.

## Libraries
django-debug-toolbar, nplusone, zeal, django-silk, pytest-django's `django_assert_num_queries`.

## References
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#prefetch-related
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#prefetch-objects
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
from ._nplusone_fixes import defeat_fix
from ._nplusone_solve import Solver


def collect(file: FileContext) -> FileFacts | None:
    return facts(file)


def finish(index: ProjectIndex, found: Mapping[str, Any], reporter: ProjectReporter) -> None:
    reported: set[tuple[str, int, int]] = set()
    for problem in Solver(index, found).problems():
        for hit in problem.defeated:
            location = hit.access
            key = (location.path, location.line, location.column)
            if key in reported or hit.anchor is None:
                continue
            reported.add(key)
            dotted = ".".join(hit.names)
            reporter.report(
                hit.anchor,
                f"`.{hit.method}()` on the prefetched `{dotted}` relation ignores the prefetch "
                f"cache and runs a new query for every row",
                fix=defeat_fix(hit),
                trace=(
                    *problem.root.steps,
                    problem.loop_step,
                    *hit.steps,
                    Step(location, f"`{dotted}.{hit.method}()` queries again"),
                ),
                severity=Severity.HIGH if problem.request_path else Severity.MEDIUM,
                confidence=Confidence.MEDIUM if hit.steps else Confidence.HIGH,
            )


RULE = Rule(
    code="DB106",
    name="prefetch-defeated",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    cwe=(1073,),
    quiet_in=frozenset({"tests"}),
    doc=__doc__ or "",
    collect=collect,
    finish=finish,
)
