"""Which relation an N+1 query loads, and the eager-loading call that loads it for every row.

The SQL tells the direction: a lookup of a table by its primary key is a to-one relation (a
foreign key followed from each row: `select_related`, `joinedload`); a lookup by another key
column is a collection (the reverse side of a foreign key, or a many-to-many through table:
`prefetch_related`, `selectinload`). The name comes, in this order, from an attribute on the
call-site line that matches the table (`book.author` for `shop_author`), from the schema hints
(the foreign key's field name or its reverse accessor), from an attribute of the loop variable,
and last from the table name itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrutiny.runtime.fingerprint import Filter, SqlShape
from scrutiny.runtime.schema import SchemaHints
from scrutiny.runtime.source import Attribute, Loop

_KEY_OPS = ("eq", "in")
ORMS = ("django", "sqlalchemy")
_GENERIC_FIX = "load the rows for all keys in one query (`WHERE key IN (...)`) before the loop"


@dataclass(frozen=True)
class Relation:
    name: str  # "" when unknown
    many: bool
    fix: str
    table: str = ""
    column: str = ""

    def describe(self) -> str:
        if self.name:
            return f"`{self.name}`"
        if self.table:
            return f"`{self.table}` rows by `{self.column}`"
        return "rows"


def guess_relation(
    shape: SqlShape,
    loop: Loop | None,
    attributes: tuple[Attribute, ...],
    schema: SchemaHints,
    origin: str,
) -> Relation:
    key = next((f for f in shape.filters if f.op in _KEY_OPS), None)
    if key is None:
        return Relation("", False, _GENERIC_FIX)
    kind = _key_kind(key, schema)
    framework = _framework(key, schema, origin)
    if kind == "other":  # a lookup by a plain column, not a relation: fetch all keys at once
        return Relation("", True, _lookup_fix(framework, key, schema), key.table, key.column)
    many = kind == "fk"
    name = (
        _from_attributes(key.table, attributes)
        or _from_schema(key, many, schema)
        or _from_loop(loop, attributes)
    )
    if not name and framework not in ORMS:
        return Relation("", many, _GENERIC_FIX, key.table, key.column)
    name = name or _from_table(key.table, many)
    owner = _owner(key, many, schema, loop)
    fix = _fix(framework, name, many, owner, _queryset(loop))
    return Relation(name, many, fix, key.table, key.column)


def _key_kind(key: Filter, schema: SchemaHints) -> str:
    """`pk` (a to-one relation followed), `fk` (a collection loaded by its parent's key) or
    `other` (a lookup by a plain column)."""
    model = schema.model_for(key.table)
    hint = model.field_for(key.column) if model is not None else None
    if hint is not None:
        return "pk" if hint.primary_key else "fk" if hint.related_table else "other"
    if key.column.lower() in ("id", "pk", "rowid"):
        return "pk"
    return "fk" if key.column.lower().endswith("_id") else "other"


def _lookup_fix(framework: str, key: Filter, schema: SchemaHints) -> str:
    model = schema.model_for(key.table)
    hint = model.field_for(key.column) if model is not None else None
    name = model.class_name if model is not None else _class_name(key.table)
    field = hint.name if hint is not None else key.column
    if framework == "django":
        return f"{name}.objects.filter({field}__in=keys) once, before the loop"
    if framework == "sqlalchemy":
        return f"select({name}).where({name}.{field}.in_(keys)) once, before the loop"
    return _GENERIC_FIX


def _class_name(table: str) -> str:
    return "".join(part.capitalize() for part in _bare(table).split("_")) or "Model"


def _from_attributes(table: str, attributes: tuple[Attribute, ...]) -> str:
    bare = _bare(table)
    for attribute in attributes:
        stem = attribute.name.removesuffix("_set").rstrip("s").lower()
        if stem and (bare.rstrip("s").endswith(stem) or stem.endswith(bare.rstrip("s"))):
            return attribute.name
    return ""


def _from_schema(key: Filter, many: bool, schema: SchemaHints) -> str:
    if not many:
        pointing = schema.foreign_keys_to(key.table)
        names = {hint.name for _, hint in pointing}
        return pointing[0][1].name if len(names) == 1 else ""
    model = schema.model_for(key.table)
    hint = model.field_for(key.column) if model is not None else None
    if hint is not None and hint.reverse_accessor:
        return hint.reverse_accessor
    through = [
        h for m in schema.models for h in m.fields if h.related_table == key.table and not h.column
    ]
    return through[0].name if len(through) == 1 else ""


def _from_loop(loop: Loop | None, attributes: tuple[Attribute, ...]) -> str:
    if loop is None:
        return ""
    for attribute in attributes:
        if attribute.base in loop.targets:
            return attribute.name
    return ""


def _from_table(table: str, many: bool) -> str:
    bare = _bare(table)
    return f"{bare}_set" if many else bare


def _bare(table: str) -> str:
    """`shop_author` -> `author`, `authors` -> `authors`."""
    return table.rsplit("_", 1)[-1].lower() if "_" in table else table.lower()


def _owner(key: Filter, many: bool, schema: SchemaHints, loop: Loop | None) -> str:
    """The model class whose rows the loop walks (`Book` in `Book.author`)."""
    if loop is not None and loop.model:
        return loop.model
    if not many:
        pointing = schema.foreign_keys_to(key.table)
        if len(pointing) == 1:
            return pointing[0][0].class_name
    else:
        model = schema.model_for(key.table)
        hint = model.field_for(key.column) if model is not None else None
        parent = schema.model_for(hint.related_table) if hint is not None else None
        if parent is not None:
            return parent.class_name
    if loop is not None and loop.targets:
        return loop.targets[0].capitalize()
    return "Model"


def _framework(key: Filter, schema: SchemaHints, origin: str) -> str:
    model = schema.model_for(key.table)
    return model.framework if model is not None else origin


def _queryset(loop: Loop | None) -> str:
    """The queryset the loop walks, as written (`order.lines.all()` -> `order.lines`), when it
    is an attribute or method chain (not a plain name, which may hold a list)."""
    text = loop.iterable if loop is not None else ""
    if not text or text.isidentifier() or not text.replace("_", "a")[:1].isalpha():
        return ""
    if text.startswith(("list(", "sorted(", "tuple(", "set(", "enumerate(", "zip(", "reversed(")):
        return ""
    return text.removesuffix(".all()").removesuffix(".iterator()")


def _fix(framework: str, name: str, many: bool, owner: str, queryset: str = "") -> str:
    if framework == "django":
        call = "prefetch_related" if many else "select_related"
        prefix = queryset or (f"{owner}.objects" if owner != "Model" else "queryset")
        return f'{prefix}.{call}("{name}")'
    if framework == "sqlalchemy":
        loader = "selectinload" if many else "joinedload"
        return f".options({loader}({owner}.{name}))"
    return _GENERIC_FIX
