"""What the runtime analysis may know about the models behind the tables (optional hints).

With hints, a finding names the model and field (`Order.Meta.indexes`, `prefetch_related("items")`)
instead of guessing them from table and column names. `django_schema()` reads them from the
installed Django apps (the pytest plugin calls it when Django is configured); SQLAlchemy mappers
can be added with `sqlalchemy_schema(base_or_registry)`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldHint:
    column: str
    name: str  # the attribute name in the model (`author` for the column `author_id`)
    primary_key: bool = False
    related_table: str = ""  # for a foreign key: the table it points to
    reverse_accessor: str = ""  # for a foreign key: the name of the reverse relation


@dataclass(frozen=True)
class ModelHint:
    table: str
    class_name: str
    framework: str  # "django" | "sqlalchemy"
    path: str = ""  # the file defining the class
    fields: tuple[FieldHint, ...] = ()

    def field_for(self, column: str) -> FieldHint | None:
        return next((f for f in self.fields if f.column == column), None)


@dataclass(frozen=True)
class SchemaHints:
    models: tuple[ModelHint, ...] = ()

    def model_for(self, table: str) -> ModelHint | None:
        return next((m for m in self.models if m.table == table), None)

    def foreign_keys_to(self, table: str) -> tuple[tuple[ModelHint, FieldHint], ...]:
        return tuple(
            (model, fld)
            for model in self.models
            for fld in model.fields
            if fld.related_table == table
        )

    def merged(self, other: SchemaHints) -> SchemaHints:
        known = {m.table for m in self.models}
        return SchemaHints((*self.models, *(m for m in other.models if m.table not in known)))


def django_schema() -> SchemaHints:
    """Hints for every concrete model of the installed Django apps (Django must be set up)."""
    from django.apps import apps  # type: ignore[import-untyped]

    return SchemaHints(tuple(_django_model(model) for model in apps.get_models()))


def _django_model(model: Any) -> ModelHint:
    meta = model._meta
    fields: list[FieldHint] = []
    for field in meta.concrete_fields:
        related = ""
        reverse = ""
        if field.is_relation and field.related_model is not None:
            related = str(field.related_model._meta.db_table)
            remote = field.remote_field
            reverse = str(remote.get_accessor_name() or "") if not remote.hidden else ""
        fields.append(
            FieldHint(str(field.column), str(field.name), bool(field.primary_key), related, reverse)
        )
    for field in meta.local_many_to_many:
        through = field.remote_field.through._meta.db_table
        fields.append(FieldHint("", str(field.name), False, str(through), ""))
    return ModelHint(
        str(meta.db_table), model.__name__, "django", _module_file(model), tuple(fields)
    )


def sqlalchemy_schema(bases: Iterable[Any]) -> SchemaHints:
    """Hints from SQLAlchemy declarative bases or registries (`Base`, `Base.registry`)."""
    models: list[ModelHint] = []
    for base in bases:
        registry = getattr(base, "registry", base)
        for mapper in getattr(registry, "mappers", ()):
            models.append(_sqlalchemy_model(mapper))
    return SchemaHints(tuple(models))


def _sqlalchemy_model(mapper: Any) -> ModelHint:
    table = mapper.local_table
    fields: list[FieldHint] = []
    for prop in mapper.column_attrs:
        for column in prop.columns:
            if getattr(column, "table", None) is not table:
                continue
            related = ""
            for fk in column.foreign_keys:
                related = str(fk.column.table.name)
            fields.append(
                FieldHint(str(column.name), str(prop.key), bool(column.primary_key), related)
            )
    named = tuple(_with_relationships(fields, mapper))
    return ModelHint(
        str(table.name), mapper.class_.__name__, "sqlalchemy", _module_file(mapper.class_), named
    )


def _with_relationships(fields: list[FieldHint], mapper: Any) -> list[FieldHint]:
    """Name each foreign key after the relationship that uses it (`author`, not `author_id`)."""
    by_column = {f.column: f for f in fields}
    for relationship in mapper.relationships:
        for column in getattr(relationship, "local_columns", ()):
            hint = by_column.get(str(column.name))
            if (
                hint is not None
                and hint.related_table
                and relationship.direction.name == "MANYTOONE"
            ):
                reverse = relationship.back_populates or ""
                by_column[hint.column] = FieldHint(
                    hint.column, str(relationship.key), False, hint.related_table, str(reverse)
                )
    return [by_column[f.column] for f in fields]


def _module_file(cls: type) -> str:
    module = sys.modules.get(cls.__module__)
    return str(getattr(module, "__file__", "") or "")
