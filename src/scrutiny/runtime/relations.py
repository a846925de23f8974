"""Which relation an N+1 query loads, and the eager-loading call that loads it for every row.

The SQL tells the direction: a lookup of a table by its primary key is a to-one relation (a
foreign key followed from each row: `select_related`, `joinedload`); a lookup by another key
column is a collection (the reverse side of a foreign key, or a many-to-many through table:
`prefetch_related`, `selectinload`). The name comes, in this order, from an attribute on the
call-site line that matches the table (`book.author` for `shop_author`), from the schema hints
(the foreign key's field name or its reverse accessor), from an attribute of the loop variable,
and last from the table name itself.

The loop matters twice: its model or queryset is what the fix eager-loads from, so it must be the
loop that walks the rows whose relation is loaded (`for book in books`), not a loop over the
relation itself (`[tag.name for tag in book.tags.all()]`, where the query *is* the iterable);
and a query keyed by the loop variable itself (`Author.id == number` for each `number`), rather
than by a relation of a row, is not a relation at all: one `IN (...)` query over the iterable
replaces the loop's queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrutiny.runtime.schema import SchemaHints
from scrutiny.runtime.source import Attribute, Loop
from scrutiny.runtime.sql_reader import Filter, SqlShape

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
    names: tuple[str, ...] = (),
) -> Relation:
    """`names`: the plain names the statement that issues the query reads (`number` in
    `Author.id == number`), to tell a lookup keyed by the loop variable from a relation."""
    key = next((f for f in shape.filters if f.op in _KEY_OPS), None)
    if key is None:
        return Relation("", False, _GENERIC_FIX)
    kind = _key_kind(key, schema)
    framework = _framework(key, schema, origin)
    if kind == "other" or _keyed_by_loop_variable(loop, names):
        # a lookup by a plain column or by the loop's own values: fetch all keys at once
        keys = loop.iterable if loop is not None and loop.iterable else "keys"
        fix = _lookup_fix(framework, key, schema, keys)
        return Relation("", kind != "pk", fix, key.table, key.column)
    many = kind == "fk"
    attribute = _attribute_for(key.table, attributes)
    if attribute is not None and loop is not None and attribute.base not in loop.targets:
        loop = None  # the loop iterates the relation itself, not the rows that own it
    name = (
        (attribute.name if attribute is not None else "")
        or _from_schema(key, many, schema)
        or _from_loop(loop, attributes)
    )
    if not name and framework not in ORMS:
        return Relation("", many, _GENERIC_FIX, key.table, key.column)
    name = _relation_name(name, many) or _from_table(key.table, many)
    owner = _owner(key, many, schema, loop, attribute)
    fix = _fix(framework, name, many, owner, _queryset(loop))
    return Relation(name, many, fix, key.table, key.column)


def _keyed_by_loop_variable(loop: Loop | None, names: tuple[str, ...]) -> bool:
    """The query reads a loop variable as a plain value (`Author.id == number`)."""
    return loop is not None and any(name in loop.targets for name in names)


def _relation_name(name: str, many: bool) -> str:
    """The relationship, not its key column: `supplier_id` -> `supplier` (to-one)."""
    if not many and name.endswith("_id") and len(name) > 3:
        return name.removesuffix("_id")
    return name


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


def _lookup_fix(framework: str, key: Filter, schema: SchemaHints, keys: str = "keys") -> str:
    model = schema.model_for(key.table)
    hint = model.field_for(key.column) if model is not None else None
    name = model.class_name if model is not None else _class_name(key.table)
    field = hint.name if hint is not None else key.column
    if framework == "django":
        return f"{name}.objects.filter({field}__in={keys}) once, before the loop"
    if framework == "sqlalchemy":
        return f"select({name}).where({name}.{field}.in_({keys})) once, before the loop"
    return _GENERIC_FIX


def _class_name(table: str) -> str:
    return "".join(part.capitalize() for part in _singular(_bare(table)).split("_")) or "Model"


def _camel(name: str) -> str:
    """`order_line` -> `OrderLine`."""
    return "".join(part.capitalize() for part in name.split("_"))


def _singular(word: str) -> str:
    """`authors` -> `author`, `categories` -> `category`; `address`, `status` stay."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _attribute_for(table: str, attributes: tuple[Attribute, ...]) -> Attribute | None:
    bare = _bare(table)
    for attribute in attributes:
        stem = attribute.name.removesuffix("_set").rstrip("s").lower()
        if stem and (bare.rstrip("s").endswith(stem) or stem.endswith(bare.rstrip("s"))):
            return attribute
    return None


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
    return f"{bare}_set" if many else _singular(bare)


def _bare(table: str) -> str:
    """`shop_author` -> `author`, `authors` -> `authors`."""
    return table.rsplit("_", 1)[-1].lower() if "_" in table else table.lower()


def _owner(
    key: Filter,
    many: bool,
    schema: SchemaHints,
    loop: Loop | None,
    attribute: Attribute | None = None,
) -> str:
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
        owners = {  # a many-to-many field whose through table is the one filtered on
            m.class_name
            for m in schema.models
            for h in m.fields
            if h.related_table == key.table and not h.column
        }
        if len(owners) == 1:
            return owners.pop()
    if loop is not None and loop.targets:
        return _camel(loop.targets[0])
    if attribute is not None and attribute.base[:1].isalpha():
        return _camel(attribute.base)  # `book.tags` -> `Book`
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
