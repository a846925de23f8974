"""Missing indexes read from query plans, and the index to add, in SQL and in the ORM's words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from scrutiny.runtime.explain import AUTO_INDEX, SEQ_SCAN, Plan
from scrutiny.runtime.schema import ModelHint, SchemaHints
from scrutiny.runtime.sql_reader import SqlShape

_INDEXABLE_OPS = ("eq", "in", "range")
_SORT_OP = "order"
DJANGO_NAME_LIMIT = 30  # Django refuses longer index names


@dataclass(frozen=True)
class MissingIndex:
    table: str
    columns: tuple[str, ...]
    scan: str  # the plan line that shows the scan

    @property
    def name(self) -> str:
        return index_name(self.table, self.columns)

    def create_sql(self) -> str:
        return f"CREATE INDEX {self.name} ON {self.table} ({', '.join(self.columns)});"

    def orm_line(self, origin: str, schema: SchemaHints) -> str:
        """The line to add to the model (`Meta.indexes`, `__table_args__`), else the SQL."""
        model = schema.model_for(self.table)
        framework = model.framework if model is not None else origin
        if framework == "django":
            fields = ", ".join(f'"{_field_name(model, c)}"' for c in self.columns)
            return f'models.Index(fields=[{fields}], name="{self.name}")'
        if framework == "sqlalchemy":
            columns = ", ".join(f'"{c}"' for c in self.columns)
            return f'Index("{self.name}", {columns})'
        return self.create_sql()


def missing_indexes(plan: Plan, shape: SqlShape) -> tuple[MissingIndex, ...]:
    """Scans of tables that the statement filters on, with the columns an index should cover:
    equality and IN columns first, then one range column, or else the sort columns (an index
    in that order also spares the sort)."""
    found: list[MissingIndex] = []
    for scan in plan.scans:
        if scan.kind not in (SEQ_SCAN, AUTO_INDEX):
            continue
        table = shape.table_for(scan.table) or scan.table
        ops = (*_INDEXABLE_OPS, "join") if scan.kind == AUTO_INDEX else _INDEXABLE_OPS
        columns = _index_columns(
            (f.column, f.op)
            for f in shape.filters
            if f.table == table and (f.op in ops or f.op == _SORT_OP)
        )
        if columns:
            found.append(MissingIndex(table, columns, scan.detail))
    return tuple(found)


def _index_columns(filters: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    equal: list[str] = []
    ranged: list[str] = []
    ordered: list[str] = []
    for column, op in filters:
        {"range": ranged, _SORT_OP: ordered}.get(op, equal).append(column)
    if not equal and not ranged:
        return ()  # only sorted: not a filter this check is about
    chosen = list(dict.fromkeys(equal))
    extra = next((c for c in ranged if c not in chosen), None)
    if extra:
        return (*chosen, extra)
    return tuple(dict.fromkeys([*chosen, *ordered]))


def index_name(table: str, columns: tuple[str, ...]) -> str:
    name = "_".join((table, *columns, "idx"))
    if len(name) <= DJANGO_NAME_LIMIT:
        return name
    short = "_".join((table[:12], *(c[:8] for c in columns)))[: DJANGO_NAME_LIMIT - 4]
    return f"{short.rstrip('_')}_idx"


def _field_name(model: ModelHint | None, column: str) -> str:
    hint = model.field_for(column) if model is not None else None
    return hint.name if hint is not None else column
