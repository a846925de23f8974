"""# Foreign key column without an index

## What it does
Finds SQLAlchemy columns declared with `ForeignKey(...)` that no index covers (no `index=True`,
not unique, not the leading column of the primary key or of an `Index(...)` /
`UniqueConstraint(...)` in `__table_args__` or at module level), and Django `ForeignKey` /
`OneToOneField`s declared with `db_index=False` that no `Meta.indexes` / `unique_together` entry
leads with. Abstract bases and mixins are followed, so a foreign key declared on a mixin is
judged on every table that inherits it.

## Why it matters
PostgreSQL (and SQLite, and Oracle) create an index for the referenced primary key but not for
the referencing column. Every load of the collection side (`customer.orders`, a `selectinload`,
a join from the parent) filters the child table on that column, and every `DELETE` or key
update of a parent row checks the child table for references: without an index each of them
reads the whole child table, and cascades hold locks while they do. Django indexes foreign keys
by default; SQLAlchemy does not (MySQL's InnoDB creates one implicitly, which hides the problem
until the schema runs on PostgreSQL).

## Example
```python
class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))   # no index
    customer: Mapped["Customer"] = relationship(back_populates="orders")
```

## Use instead
```python
class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    customer: Mapped["Customer"] = relationship(back_populates="orders")
```

## Alternatives and trade-offs
- `index=True` on the column is the simplest and what Alembic autogenerate turns into
  `op.create_index(...)`; create it `CONCURRENTLY` on a large live table
  (`postgresql_concurrently=True` in the migration).
- A composite index that *leads* with the foreign key (`Index("ix_orders_customer_created",
  "customer_id", "created")`) serves the foreign key and a common sort at once.
- A child table that is tiny, never queried by its parent and whose parents are never deleted
  can do without; say so with `# noqa: DB202`.
- Django: drop `db_index=False`, or add `models.Index(fields=["author", ...])` leading with the
  key.

## Libraries
`alembic` (autogenerate), `sqlalchemy.Index`, `pg_stat_user_tables` / `pghero` (sequential
scans per table), `django-migration-linter`.

## References
- https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK
- https://docs.sqlalchemy.org/en/20/core/constraints.html#indexes
- https://docs.djangoproject.com/en/stable/ref/models/fields/#foreignkey
- https://use-the-index-luke.com/sql/join
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Location, Severity, Step
from scrutiny.orm.extract import model_facts
from scrutiny.orm.index import OrmIndex
from scrutiny.orm.schema import FieldFacts, ModelFacts
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex, Site


@dataclass(frozen=True)
class _Facts:
    models: tuple[ModelFacts, ...]
    sites: tuple[tuple[str, str, Site], ...]  # (model, field, where the field is declared)


def collect(file: FileContext) -> _Facts | None:
    models = model_facts(file)
    if not models or "migrations" in file.path.split("/"):
        return None
    sites = tuple(
        (model.qualname, field.name, _site(file, model, field))
        for model in models
        for field in model.fields
        if _is_key(field)
    )
    return _Facts(models, sites)


def _is_key(field: FieldFacts) -> bool:
    if field.foreign_key is not None:
        return True
    return field.kind in ("foreign_key", "one_to_one") and field.no_index


def _site(file: FileContext, model: ModelFacts, field: FieldFacts) -> Site:
    line = field.line
    text = file.lines[line - 1] if 0 < line <= len(file.lines) else ""
    column = len(text) - len(text.lstrip())
    return Site(Location(file.path, line, column), model.name, text)


def finish(project: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    every: list[_Facts] = list(facts.values())
    index = OrmIndex.build(project, (m for f in every for m in f.models))
    sites = {(model, field): site for f in every for model, field, site in f.sites}
    reported: set[Location] = set()
    for model in index.models():
        if model.abstract:
            continue
        for field, site in _unindexed_keys(index, model, sites):
            if site.location not in reported:
                reported.add(site.location)
                _report(index, reporter, model, field, site)


def _unindexed_keys(
    index: OrmIndex, model: ModelFacts, sites: dict[tuple[str, str], Site]
) -> Iterator[tuple[FieldFacts, Site]]:
    for field in index.fields(model.qualname):
        if not _is_key(field) or index.is_indexed(model.qualname, field.name):
            continue
        owner = _declaring(index, model, field)
        site = sites.get((owner, field.name))
        if site is not None:
            yield field, site


def _declaring(index: OrmIndex, model: ModelFacts, field: FieldFacts) -> str:
    for base in [model.qualname, *(index.resolve_model(b) or b for b in model.bases)]:
        facts = index.model(base)
        if facts is not None and facts.field(field.name) is field:
            return base
    return model.qualname


def _report(
    index: OrmIndex, reporter: ProjectReporter, model: ModelFacts, field: FieldFacts, site: Site
) -> None:
    column = field.column or field.name
    table = model.table or model.name
    if model.framework == "django":
        message = (
            f"`{model.name}.{field.name}` is a foreign key declared with `db_index=False` and no "
            f"index leads with it: joins from the parent and parent deletes scan `{table}`"
        )
        fix = f'drop `db_index=False`, or add `models.Index(fields=["{field.name}"])`'
    elif model.is_table:
        message = (
            f"foreign key column `{table}.{column}` of the association table `{model.name}` has "
            f"no index (PostgreSQL does not create one): joins from that side and deletes of "
            f"the referenced rows scan the whole `{table}` table"
        )
        fix = f'add `Index("ix_{table}_{column}", "{column}")` to the `Table(...)`'
    else:
        message = (
            f"foreign key column `{table}.{column}` has no index (PostgreSQL does not create "
            f"one): loading `{model.name}` rows by their parent and deleting a parent scan "
            f"the whole `{table}` table"
        )
        fix = (
            f"add `index=True` to the `{field.name}` column: "
            "`mapped_column(ForeignKey(...), index=True)`"
        )
    trace = [
        Step(site.location, f"`{field.name}` references `{field.foreign_key or field.target}`")
    ]
    trace.extend(_loaders(index, model))
    if site.location.path != model.path:
        trace.append(Step(Location(model.path, model.line), f"inherited by `{model.name}`"))
    reporter.report(
        site,
        message,
        fix=fix,
        trace=tuple(trace),
        confidence=Confidence.MEDIUM if model.framework == "django" else None,
    )


def _loaders(index: OrmIndex, model: ModelFacts) -> Iterator[Step]:
    """Relationships whose loading filters this table by the key (`Customer.orders`)."""
    for other in index.models():
        for relation in index.relations(other.qualname).values():
            if relation.target == model.qualname and relation.many and not relation.reverse:
                path, line = relation.defined_at
                yield Step(
                    Location(path, line),
                    f"`{other.name}.{relation.name}` loads `{model.name}` rows by this column",
                )
                return


RULE = Rule(
    code="DB202",
    name="foreign-key-without-index",
    severity=Severity.MEDIUM,
    confidence=Confidence.HIGH,
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
