"""# Wasteful queryset evaluation

## What it does
Finds querysets evaluated into whole rows where a cheaper query gives the same answer, when the
rows are not used for anything else: `len(qs)` where `qs.count()` serves, `if qs:` / `bool(qs)`
where `qs.exists()` serves, `list(qs)[0]` where `qs.first()` serves, and a loop over full model
instances that reads only one or two plain columns (`for b in Book.objects.filter(...):
ids.append(b.id)`) where `values_list()` or `only()` serves. When the same queryset is iterated
afterwards, `len()` and `if qs:` fill its cache and are the right call, so those are not reported.

## Why it matters
Evaluating a queryset fetches every matching row, builds a model instance for each and keeps them
in memory, just to count them or test emptiness. On a 100,000-row table `len(qs)` transfers the
whole table where `SELECT COUNT(*)` returns one number from an index; `if qs:` does the same
where `SELECT 1 ... LIMIT 1` serves. The cost is invisible on test data.

## Example
```python
def dashboard(request):
    unread = Message.objects.filter(to=request.user, read=False)
    if len(unread) > 0:
        ...
    emails = [u.email for u in User.objects.filter(is_active=True)]
```

## Use instead
```python
def dashboard(request):
    unread = Message.objects.filter(to=request.user, read=False)
    if unread.exists():
        ...
    emails = list(User.objects.filter(is_active=True).values_list("email", flat=True))
```

## Alternatives and trade-offs
- `count()` / `exists()` run a second query if the rows are needed later: then evaluate once
  (`rows = list(qs)`) and use `len(rows)` / `if rows:`.
- `values_list()` returns tuples, not instances: no model methods, no `save()`; `only()` keeps
  instances but each deferred field read later is one more query per row.
- `qs[:1]` / `first()` add `ORDER BY pk` when the queryset is unordered; `qs[0]` raises
  `IndexError` on an empty result.

## Libraries
django-debug-toolbar and django-silk (show duplicated and large queries), nplusone, zeal.

## References
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#when-querysets-are-evaluated
- https://docs.djangoproject.com/en/stable/topics/db/optimization/#don-t-retrieve-things-you-don-t-need
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import orm_apis as api
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._loops_extract import loop_facts
from ._loops_facts import LoopFileFacts, Wasteful
from ._loops_project import LoopProject


def collect(file: FileContext) -> LoopFileFacts | None:
    return loop_facts(file, "wasteful")


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = LoopProject.of(index, facts)
    for file in project.files:
        for found in file.wasteful:
            if not project.confirmed(found.model, found.verified, found.manager):
                continue
            if found.column_reads and not _plain_columns(project, found):
                continue
            reporter.report(found.site, found.message, fix=found.fix)


def _plain_columns(project: LoopProject, found: Wasteful) -> bool:
    """Every attribute read is a column of the model (not a relation, method or property)."""
    model = project.orm.resolve_model(found.model) if found.model else None
    if model is None:
        return False
    for name in found.column_reads:
        if name in api.PRIMARY_KEY_NAMES:
            continue
        field = project.orm.field(model, name) or project.orm.field_by_column(model, name)
        if field is None:
            return False
        if field.kind != "column" and project.orm.field(model, name) is not None:
            return False
    return True


RULE = Rule(
    code="DB105",
    name="wasteful-queryset-evaluation",
    severity=Severity.LOW,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
