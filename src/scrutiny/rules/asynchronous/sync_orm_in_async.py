"""# Synchronous ORM call inside `async def`

## What it does
Finds the synchronous Django ORM and synchronous SQLAlchemy sessions used from an `async def`,
directly or through synchronous helpers in other files: a queryset evaluated by a method
(`Book.objects.filter(...).count()`, `.get()`, `.first()`, `.create()`, `.update()`), by a sync
`for` loop, a comprehension, `list()`, `len()`, `if qs:` or `qs[0]`; `save()`, `delete()` and
`refresh_from_db()` on a model instance; a related object read from an instance fetched with
`await ...aget()` that the query did not join (`book.author` without `select_related("author")`,
a sync loop over `order.lines.all()` without `prefetch_related("lines")`); `request.user` in an
async Django view (use `await request.auser()`); and `session.execute()`, `.scalars()`, `.get()`,
`.commit()`, `.query()` on a `sqlalchemy.orm.Session`. Building a queryset is not reported (it is
lazy), nor are the async APIs (`await Book.objects.aget()`, `acount`, `async for`, `asave`,
`AsyncSession`), nor calls handed to `sync_to_async`, `database_sync_to_async`,
`run_in_threadpool` or `asyncio.to_thread`.

## Why it matters
For Django this is a correctness bug, not only a slow path: the ORM refuses to run in an event
loop's thread and raises `SynchronousOnlyOperation` ("You cannot call this from an async context")
on the first query, so the view fails for every request. Setting `DJANGO_ALLOW_ASYNC_UNSAFE` hides
the error and leaves a blocking database call inside the loop. A synchronous SQLAlchemy `Session`
blocks the event loop for the whole round trip to the database: every other request of the worker
waits, and one slow query becomes latency for all users.

## Example
```python
# catalog/services.py
def in_stock(shelf):
    return Book.objects.filter(shelf=shelf, stock__gt=0).count()

# catalog/views.py
async def shelf(request, pk):
    shelf = Shelf.objects.get(pk=pk)               # SynchronousOnlyOperation
    return JsonResponse({"in_stock": in_stock(shelf)})   # through the helper, too

# orders/routes.py (FastAPI)
@router.get("/orders/{order_id}")
async def read_order(order_id: int, db: Session = Depends(get_db)):
    return db.get(Order, order_id)                 # blocks the event loop
```

## Use instead
```python
# catalog/views.py
from asgiref.sync import sync_to_async

async def shelf(request, pk):
    shelf = await Shelf.objects.aget(pk=pk)
    titles = [book.title async for book in Book.objects.filter(shelf=shelf)]
    count = await sync_to_async(in_stock)(shelf)
    return JsonResponse({"in_stock": count, "titles": titles})

# orders/routes.py
@router.get("/orders/{order_id}")
async def read_order(order_id: int, db: AsyncSession = Depends(get_async_db)):
    return await db.get(Order, order_id)
```

## Alternatives and trade-offs
- Django's async queryset API (`aget`, `afirst`, `acount`, `aexists`, `acreate`, `aupdate`,
  `async for`, `asave`, `adelete`; Django 4.1+/4.2+): no thread hop, but related-object access
  (`book.author`) still has to be loaded up front with `select_related`/`prefetch_related`, and
  transactions (`atomic`) do not work in async code yet.
- `sync_to_async(fn)` (thread-sensitive by default): keeps a helper synchronous and runs it in the
  one shared sync thread; simple, but serializes every such call of the process on that thread.
- Make the view synchronous (`def`): Django and FastAPI run it in a thread pool; the right choice
  when the view awaits nothing.
- SQLAlchemy: `AsyncSession` with an async driver (`asyncpg`, `aiosqlite`, `psycopg` async) for
  full concurrency, or `await run_in_threadpool(...)` around the sync code when porting is costly.

## Libraries
`asgiref` (`sync_to_async`), `channels` (`database_sync_to_async`), `sqlalchemy.ext.asyncio`,
`asyncpg`, `aiosqlite`, `psycopg` 3, `sqlmodel` (`AsyncSession`), `starlette.concurrency`.

## References
- https://docs.djangoproject.com/en/stable/topics/async/#async-safety
- https://docs.djangoproject.com/en/stable/topics/db/queries/#asynchronous-queries
- https://docs.sqlalchemy.org/en/20/orm/extensions/asyncio.html
- https://fastapi.tiangolo.com/async/
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import async_orm as api
from scrutiny.orm.index import OrmIndex
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._orm_calls import SQLA_WHAT, FileOps, orm_ops
from ._reach import Op, Walker


def collect(file: FileContext) -> FileOps | None:
    facts = orm_ops(file)
    return facts if facts else None


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    checks = _Checks(index, facts)
    ops = {
        function: kept
        for fact in facts.values()
        for function, found in fact.ops.items()
        if (kept := tuple(op for op in found if checks.holds(op)))
    }
    walker = Walker(index, ops)
    for function in index.iter_functions():
        if not function.is_async:
            continue
        for op in ops.get(function.qualname, ()):
            reporter.report(
                op.site,
                f"`{op.label}` {op.what} inside `async def {function.name}`",
                fix=f"an `AsyncSession`: `{op.fix}`" if op.what == SQLA_WHAT else f"`{op.fix}`",
                confidence=Confidence.MEDIUM if op.requires == "unknown" else Confidence.HIGH,
            )
        for reach in walker.reaches(function):
            reporter.report(
                reach.call.site,
                f"`{reach.name}()` uses the synchronous ORM inside `async def {function.name}`:"
                f" it reaches `{reach.op.label}`, which {reach.op.what}",
                fix=_helper_fix(reach.name, reach.op),
                trace=(reach.call_step(function.name), *reach.steps),
                confidence=Confidence.HIGH if len(reach.steps) <= 2 else Confidence.MEDIUM,
            )


def _helper_fix(name: str, op: Op) -> str:
    if op.what != SQLA_WHAT:
        return f"`await sync_to_async({name})(...)`, or make it async with `{op.fix}`"
    return f"`await asyncio.to_thread({name}, ...)`, or an `AsyncSession`: `{op.fix}`"


class _Checks:
    """The project-wide facts that decide an operation's symbolic condition."""

    def __init__(self, index: ProjectIndex, facts: Mapping[str, FileOps]) -> None:
        self.index = index
        self.facts = facts
        self.factories = {index.resolve(f) for fact in facts.values() for f in fact.factories}
        self.models: dict[str, bool] = {}
        self._orm: OrmIndex | None = None

    @property
    def orm(self) -> OrmIndex:
        if self._orm is None:  # built only when an instance's attribute needs it
            models = (m for fact in self.facts.values() for m in fact.models)
            self._orm = OrmIndex.build(self.index, models)
        return self._orm

    def holds(self, op: Op) -> bool:
        kind, _, qualname = op.requires.partition(":")
        if kind == "factory":
            return self.index.resolve(qualname) in self.factories
        if kind in ("model", "model?"):
            resolved = self.index.resolve(qualname)
            if resolved not in self.index.classes:
                return kind == "model?" or _external_model(resolved)
            if resolved not in self.models:
                self.models[resolved] = _reaches_model(self.index, resolved, set())
            return self.models[resolved]
        if kind in ("relation", "many"):
            model_name, _, attribute = qualname.rpartition(":")
            model = self.orm.resolve_model(model_name)
            relation = self.orm.relation(model, attribute) if model else None
            return relation is not None and relation.many == (kind == "many")
        return True


def _reaches_model(index: ProjectIndex, qualname: str, seen: set[str]) -> bool:
    klass = index.classes.get(qualname)
    if klass is None or qualname in seen:
        return False
    seen.add(qualname)
    for base in klass.bases:
        resolved = index.resolve(base)
        if resolved in api.DJANGO_MODEL_BASES or (
            resolved not in index.classes and _external_model(resolved)
        ):
            return True
        if _reaches_model(index, resolved, seen):
            return True
    return False


def _external_model(qualname: str) -> bool:
    """A class outside the project that is a model: Django's own, or a `<pkg>.models.<Class>`."""
    if qualname in api.DJANGO_MODEL_BASES:
        return True
    module, _, name = qualname.rpartition(".")
    return name[:1].isupper() and module.endswith(api.DJANGO_MODEL_MODULE_SUFFIX)


RULE = Rule(
    code="ASY102",
    name="sync-orm-in-async",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(1050,),
    doc=__doc__ or "",
    collect=collect,
    finish=finish,
)
