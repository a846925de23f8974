"""# Query filters or sorts on a column no index covers

## What it does
Finds queries that filter or sort on a model column that no index covers: Django `filter()`,
`get()`, `get_or_create()`, `get_object_or_404()` and `order_by()` / `latest()`
lookups, also through `__` paths into related models (`author__email`), and SQLAlchemy
`where()` / `filter()` / `filter_by()` / `order_by()` on `Model.column`. A column is covered when
it is a primary key, unique, has `db_index=True` / `index=True`, is a Django `ForeignKey`
(indexed automatically), or leads an index (`Meta.indexes`, `unique_together`, `index_together`,
`UniqueConstraint`, SQLAlchemy `Index(...)` / `__table_args__`). Sorts are reported when the
query is bounded (`[:n]`, `first()`, `latest()`, `limit()`): that is when an index on the first
sort key lets the database stop early. For a query that filters on
several columns, one covered column is enough (the database narrows with that index first); a
composite index only helps through its leading column. Conditions an ordinary index cannot serve
(`icontains`, `iexact`, `isnull`, `year`, `ilike`...), negated ones (`exclude()`), boolean
columns, and chains whose conditions cannot be read (`filter(q)`, `filter(**filters)`) are not
reported.

## Why it matters
Without an index the database reads the whole table for every such query. That is invisible with
a few hundred rows in development and becomes seconds per request, lock contention and a loaded
database once the table holds millions of rows, usually on the hottest path (a lookup by slug,
email, external id, status).

## Example
```python
# catalog/models.py
class Product(models.Model):
    sku = models.CharField(max_length=32)
    created = models.DateTimeField(auto_now_add=True)

# catalog/views.py
def product(request, sku):
    product = Product.objects.get(sku=sku)          # full table scan per request
```

## Use instead
```python
class Product(models.Model):
    sku = models.CharField(max_length=32, unique=True)     # a unique constraint is an index
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["status", "-created"])]  # filter + sort together
```
SQLAlchemy: `sku: Mapped[str] = mapped_column(String(32), unique=True)` or
`__table_args__ = (Index("ix_product_status_created", "status", "created"),)`.

## Alternatives and trade-offs
- A single-column index (`db_index=True`, `index=True`) is the simplest; every index slows
  writes a little and takes space, so index what hot queries use, not every column.
- A composite index `(status, created)` serves `filter(status=...)` *and* `order_by("-created")`
  in one scan; column order matters (the leading column must be in the condition).
- Partial indexes (`models.Index(..., condition=Q(active=True))`, PostgreSQL `postgresql_where`)
  keep the index small when queries always filter the same way.
- For `icontains` / `ilike` searches, a trigram GIN index (`django.contrib.postgres` `GinIndex`
  with `gin_trgm_ops`) or full-text search; an ordinary B-tree index does not help.
- Tiny tables (a few hundred rows, lookup tables) need no index: mark the line
  `# noqa: DB201`.

## Libraries
`django-pg-extensions`, `django.contrib.postgres.indexes`, `sqlalchemy.Index`, `alembic`
(autogenerate picks up new indexes), `pg_stat_statements` and `pghero` / `pganalyze` to confirm
which queries scan.

## References
- https://docs.djangoproject.com/en/stable/ref/models/indexes/
- https://docs.djangoproject.com/en/stable/topics/db/optimization/#use-standard-db-optimization-techniques
- https://docs.sqlalchemy.org/en/20/core/constraints.html#indexes
- https://use-the-index-luke.com/sql/where-clause/the-equals-operator/concatenated-keys
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Location, Severity, Step
from scrutiny.frameworks import orm_apis as api
from scrutiny.orm.index import OrmIndex
from scrutiny.orm.schema import FieldFacts, ModelFacts
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex

from ._indexes import IndexFacts, IndexUse, Term, index_facts

_PLAIN_MANAGERS = frozenset({None, *api.DJANGO_IMPLICIT_MANAGERS})
_BOOLEAN_TYPES = frozenset({"BooleanField", "NullBooleanField", "Boolean", "bool"})


@dataclass(frozen=True)
class _Column:
    """A term resolved against the model graph."""

    term: Term
    model: ModelFacts  # the model whose table holds the column
    field: FieldFacts
    joined: bool  # reached through a relation (`author__email`)
    indexable: bool  # the condition can use an ordinary index at all
    equality: bool = True  # `=` / `IN`: columns after it in a composite index still help


def collect(file: FileContext) -> IndexFacts | None:
    return index_facts(file)


def finish(project: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    every: list[IndexFacts] = list(facts.values())
    index = OrmIndex.build(project, (m for f in every for m in f.models))
    reported: set[tuple[str, int, str]] = set()
    for file_facts in every:
        for use in file_facts.uses:
            for column, fix in _missing(index, use):
                key = (
                    column.term.site.location.path,
                    column.term.site.location.line,
                    column.field.name,
                )
                if key not in reported:
                    reported.add(key)
                    _report(reporter, use, column, fix)


def _missing(index: OrmIndex, use: IndexUse) -> list[tuple[_Column, str]]:
    if use.opaque:
        return []
    terms = use.terms + use.inherited
    resolved = [_resolve(index, t) for t in terms]
    if any(c is None and t.role == "filter" for c, t in zip(resolved, terms, strict=True)):
        return []  # a condition the model graph cannot place may be the indexed one
    columns = [c for c in resolved[: len(use.terms)] if c is not None]
    inherited = [c for c in resolved[len(use.terms) :] if c is not None]
    return _uncovered(index, use, columns, inherited)


def _uncovered(
    index: OrmIndex, use: IndexUse, columns: list[_Column], inherited: list[_Column]
) -> list[tuple[_Column, str]]:
    groups: dict[str, list[_Column]] = {}
    for column in columns + inherited:
        if column.term.role == "filter" and column.indexable:
            groups.setdefault(column.model.qualname, []).append(column)
    covered = {
        model: index.covering_index(model, [c.field.name for c in group]) is not None
        for model, group in groups.items()
    }
    found: list[tuple[_Column, str]] = []
    for column in columns:
        model = column.model.qualname
        if column.term.role == "exclude":
            continue
        if covered.get(model) or not column.indexable or _ignored(index, column):
            continue
        if column.term.role == "order" and (column.joined or not use.bounded):
            continue  # a full sorted read gains little from an index; LIMIT / first() do
        if use.manager not in _PLAIN_MANAGERS and _in_any_index(index, column):
            continue  # a custom manager may filter on the index's leading column itself
        wanted = [c.field.name for c in groups.get(model, []) if not _ignored(index, c)]
        if column.term.role == "order":  # equality columns first, then the sort key
            equal = [c.field.name for c in groups.get(model, []) if c.equality]
            wanted = [n for n in wanted if n in equal] + [column.field.name]
        found.append((column, _fix(column, list(dict.fromkeys(wanted)))))
    return found


def _in_any_index(index: OrmIndex, column: _Column) -> bool:
    return any(column.field.name in entry for entry in index.indexes(column.model.qualname))


def _ignored(index: OrmIndex, column: _Column) -> bool:
    field = column.field
    unindexed_key = field.kind in ("foreign_key", "one_to_one") and field.no_index
    return (
        (field.kind != "column" and not unindexed_key)
        or field.field_type in _BOOLEAN_TYPES
        or index.is_indexed(column.model.qualname, field.name)
    )


def _resolve(index: OrmIndex, term: Term) -> _Column | None:
    model = index.resolve_model(term.model)
    facts = index.model(model) if model is not None else None
    if model is None or facts is None:
        return None
    if facts.framework == "sqlalchemy":
        field = index.field(model, term.path)
        if field is None:
            return None
        return _Column(term, facts, field, False, True, term.equality)
    found = index.lookup(model, term.path)
    if found is None:
        return None
    relations, name = found
    if name is None:
        return None
    owner = relations[-1].target if relations else model
    owner_facts = index.model(owner)
    field = index.field(owner, name) if owner_facts is not None else None
    if owner_facts is None or field is None:
        return None
    last = term.path.split("__")[-1]
    indexable = last not in api.DJANGO_UNINDEXABLE_LOOKUPS or last == field.name
    equality = last in ("exact", "in") or last == field.name or last == field.column
    return _Column(term, owner_facts, field, bool(relations), indexable, equality)


def _fix(column: _Column, fields: list[str]) -> str:
    model = column.model
    if model.framework == "django":
        names = ", ".join(f'"{n}"' for n in fields)
        return f"add `models.Index(fields=[{names}])` to `{model.name}.Meta.indexes`"
    if len(fields) == 1:
        return f"declare `{fields[0]}` with `index=True` (`mapped_column(..., index=True)`)"
    table = model.table or model.name.lower()
    columns = ", ".join(f"{model.name}.{n}" for n in fields)
    return f'add `Index("ix_{table}_{"_".join(fields)}", {columns})` to `__table_args__`'


def _report(reporter: ProjectReporter, use: IndexUse, column: _Column, fix: str) -> None:
    model, field, term = column.model, column.field, column.term
    verb = "sorts on" if term.role == "order" else "filters on"
    through = f" (through `{term.path}`)" if column.joined else ""
    cost = (
        "the database sorts every matching row to return the first ones"
        if term.role == "order"
        else "on a large table each such query reads every row"
    )
    message = (
        f"`{term.method or use.method}()` {verb} `{model.name}.{field.name}`{through}, which no "
        f"index covers: {cost}"
    )
    declared = Step(
        Location(model.path, field.line),
        f"`{model.name}.{field.name}` is declared without an index, and no index of "
        f"`{model.name}` leads with it",
    )
    reporter.report(
        term.site,
        message,
        fix=fix,
        trace=(Step(term.site.location, f"the query {verb} `{field.name}`"), declared),
        confidence=Confidence.LOW if column.joined else None,
    )


RULE = Rule(
    code="DB201",
    name="missing-index",
    severity=Severity.LOW,
    confidence=Confidence.MEDIUM,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
    runtime=True,
)
