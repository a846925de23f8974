"""# Save in a loop

## What it does
Finds rows written one at a time inside a loop where a bulk operation writes them all at once:
`row.save()` on the loop's rows or on instances built in the loop body,
`Model.objects.create()`, `get_or_create()`, `update_or_create()` and
`Model.objects.filter(...).update()` per row, SQLAlchemy `session.commit()` / `session.flush()`
after `session.add(row)` or a change to the loop's row, and `session.execute(insert(...))` /
`update(...)` per row. Loops over a literal of constants and writes on a path that leaves the
loop are not reported.

## Why it matters
Every `save()` is an `INSERT` or `UPDATE` round trip (and `create()` inside an atomic block, a
savepoint too); a `commit()` per row also forces a disk flush on the database. Importing 10,000
rows this way takes minutes where `bulk_create` takes a second, and holds locks and connections
for the whole time.

## Example
```python
def import_prices(rows):
    for row in rows:
        Price.objects.create(sku=row["sku"], amount=row["amount"])   # one INSERT per row

def close_expired(session, accounts):
    for account in accounts:
        account.active = False
        session.commit()                                             # one COMMIT per row
```

## Use instead
```python
def import_prices(rows):
    Price.objects.bulk_create(
        [Price(sku=row["sku"], amount=row["amount"]) for row in rows], batch_size=500
    )

def close_expired(session, accounts):
    session.execute(
        update(Account).where(Account.id.in_([a.id for a in accounts])).values(active=False)
    )
    session.commit()
```
For per-row values on existing rows: change them in the loop, then
`Product.objects.bulk_update(products, ["price"], batch_size=500)`.

## Alternatives and trade-offs
- `bulk_create` / `bulk_update` skip `save()` overrides and the `pre_save`/`post_save` signals
  (and `bulk_create` does not set primary keys on every backend before Django 5.0/MySQL): move
  the logic of the override into the bulk path, or keep `save()` where the signal matters.
- `QuerySet.update(field=F("field") + 1)` or `Case(When(...))`: one statement, no instances
  loaded, no signals, no `auto_now` update unless set explicitly.
- `bulk_create(update_conflicts=True, unique_fields=..., update_fields=...)` (Django 4.1+)
  replaces `update_or_create` in a loop with one upsert.
- SQLAlchemy: `session.add_all(rows)` then one `commit()`; `session.execute(insert(Model),
  list_of_dicts)` uses the "insertmanyvalues" batch path; per-row commits are only worth it when
  each row must survive a failure of the next (then commit in batches of a few hundred).

## Libraries
django-bulk-update-or-create, django-import-export (batched imports), SQLAlchemy's bulk INSERT /
UPDATE by primary key (`session.execute(update(Model), rows)`), nplusone and zeal do not catch
writes: count them with `django_assert_max_num_queries`.

## References
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#bulk-create
- https://docs.djangoproject.com/en/stable/ref/models/querysets/#bulk-update
- https://docs.sqlalchemy.org/en/20/orm/queryguide/dml.html
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
from ._loops_fixes import save_fix
from ._loops_project import LoopProject, where

_CAVEAT = "bulk operations skip `save()` overrides and model signals"


def collect(file: FileContext) -> LoopFileFacts | None:
    return loop_facts(file, "saves")


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = LoopProject.of(index, facts)
    for file in project.files:
        for op in file.ops:
            if op.kind == "save" and op.loop is not None and _confirmed(project, op):
                _report(reporter, op)
        for call in file.loop_calls:
            _report_helper(project, reporter, call)


def _report_helper(project: LoopProject, reporter: ProjectReporter, call: LoopCall) -> None:
    callee = call.callee
    if call.member_of is not None:
        model = project.orm.resolve_model(call.member_of)
        if model is None:
            return
        callee = f"{model}.{callee.rpartition('.')[2]}"
    if call.loop.deliberate:
        return
    write = project.writes(callee, call.row_arguments)
    if write is None:
        return
    header = call.loop.header
    reporter.report(
        call.site,
        f"`{call.label}` writes a row on every iteration of `{header}`{where(call.request)}: "
        f"it runs {write.what}; a bulk operation writes them all ({_CAVEAT})",
        fix=save_fix(write.method, write.model or call.loop.model, None),
        trace=(
            Step(call.loop.site.location, f"the loop `{header}`"),
            Step(call.site.location, f"calls `{call.label}` once per iteration"),
            Step(write.site.location, f"{write.what} writes one row"),
        ),
        confidence=Confidence.MEDIUM,
    )


def _confirmed(project: LoopProject, op: DbOp) -> bool:
    if op.method == "save" and op.model is None:
        return op.verified  # the loop's own rows, of a type the loop does not show
    return project.op_confirmed(op)


def _report(reporter: ProjectReporter, op: DbOp) -> None:
    assert op.loop is not None
    header = op.loop.header
    if op.method in {"commit", "flush"}:
        message = (
            f"{op.what} sends the pending writes once per iteration of `{header}`"
            f"{where(op.request)}: one round trip (and a commit) per row"
        )
    else:
        message = (
            f"{op.what} writes one row per iteration of `{header}`{where(op.request)}: one "
            f"query per row where a bulk operation writes them all ({_CAVEAT})"
        )
    reporter.report(
        op.site,
        message,
        fix=op.fix,
        trace=(
            Step(op.loop.site.location, f"the loop `{header}`"),
            Step(op.site.location, f"{op.what} writes once per iteration"),
        ),
        confidence=Confidence.HIGH if op.model is not None else Confidence.MEDIUM,
    )


RULE = Rule(
    code="DB103",
    name="save-in-loop",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
