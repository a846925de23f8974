"""The sqlglot half of `fingerprint`: parse one SQL text into its `SqlShape`.

Imported only when a text is parsed (sqlglot takes a noticeable fraction of a second to load);
`fingerprint.shape_of` is the way in.
"""

from __future__ import annotations

from typing import Any, cast

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.tokens import Tokenizer, TokenType  # type: ignore[attr-defined]

from scrutiny.runtime.fingerprint import Filter, SqlShape

_VALUE_NODES = (exp.Literal, exp.Placeholder, exp.Parameter)
_KINDS: tuple[tuple[type[exp.Expression], str], ...] = (
    (exp.Select, "select"),
    (exp.Union, "select"),
    (exp.Insert, "insert"),
    (exp.Update, "update"),
    (exp.Delete, "delete"),
)
_RANGE_OPS = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between, exp.Like, exp.ILike)
_VALUE_TOKENS = frozenset(
    {
        TokenType.STRING,
        TokenType.NUMBER,
        TokenType.PLACEHOLDER,
        TokenType.PARAMETER,
        TokenType.NATIONAL_STRING,
        TokenType.HEX_STRING,
        TokenType.BIT_STRING,
    }
)


def parse_shape(sql: str, dialect: str | None) -> SqlShape:
    """Parse `sql` (in `dialect`) and return its fingerprint, verb, tables and filtered columns."""
    tree = _parse(sql, dialect)
    if tree is None:
        return _unparsed(sql, dialect)
    kind = _kind(tree)
    aliases = _aliases(tree)
    filters = _filters(tree, aliases) if kind != "insert" else ()
    normalized = _normalize(tree)  # in place: kind, aliases and filters are read already
    try:
        text = normalized.sql(dialect=dialect)
    except (SqlglotError, ValueError, RecursionError):
        return _unparsed(sql, dialect)
    tables = tuple(dict.fromkeys(table for _, table in aliases))
    return SqlShape(text, kind, tables, aliases, filters)


def _parse(sql: str, dialect: str | None) -> exp.Expression | None:
    """One statement, read in the vendor's dialect, else as PostgreSQL (which knows `%s` and
    `%(name)s`, the placeholders Django and the psycopg/MySQLdb drivers send on every vendor)."""
    for read in dict.fromkeys((dialect, "postgres")):
        try:
            parsed = [tree for tree in sqlglot.parse(sql, read=read) if tree is not None]
        except (SqlglotError, ValueError, RecursionError):
            continue
        if len(parsed) == 1:
            return cast(exp.Expression, parsed[0])
    return None


def _kind(tree: exp.Expression) -> str:
    for node_type, kind in _KINDS:
        if isinstance(tree, node_type):
            return kind
    return "other"


def _normalize(tree: exp.Expression) -> exp.Expression:
    def fold(node: exp.Expression) -> exp.Expression:
        if isinstance(node, _VALUE_NODES):
            return exp.var("?")
        if isinstance(node, exp.In) and node.expressions:
            node.set("expressions", [exp.var("?")])
        elif isinstance(node, exp.Values) and len(node.expressions) > 1:
            node.set("expressions", node.expressions[:1])
        return node

    return tree.transform(fold, copy=False)


def _aliases(tree: exp.Expression) -> tuple[tuple[str, str], ...]:
    pairs: dict[tuple[str, str], None] = {}
    for table in tree.find_all(exp.Table):
        name = table.name
        if not name:
            continue
        pairs[(name, name)] = None
        alias = table.alias
        if alias:
            pairs[(alias, name)] = None
    return tuple(pairs)


def _filters(tree: exp.Expression, aliases: tuple[tuple[str, str], ...]) -> tuple[Filter, ...]:
    lookup = dict(aliases)
    only = next(iter(set(lookup.values()))) if len(set(lookup.values())) == 1 else None
    found: dict[Filter, None] = {}

    def table_of(column: exp.Column) -> str | None:
        qualifier = column.table
        return lookup.get(qualifier) if qualifier else only

    def add(column: exp.Expression, op: str) -> None:
        if isinstance(column, exp.Column) and column.name:
            table = table_of(column)
            if table is not None:
                found[Filter(table, column.name, op)] = None

    conditions: list[exp.Expression] = [w.this for w in tree.find_all(exp.Where)]
    conditions += [j.args["on"] for j in tree.find_all(exp.Join) if j.args.get("on") is not None]
    for condition in conditions:
        for column in condition.find_all(exp.Column):
            if _is_bare_predicate(column, condition):
                add(column, "eq")
        for node in condition.find_all(exp.EQ, exp.In, *_RANGE_OPS):
            left, right = node.this, node.expression
            if isinstance(node, exp.In):
                add(left, "in")
            elif isinstance(left, exp.Column) and isinstance(right, exp.Column):
                add(left, "join")
                add(right, "join")
            elif isinstance(node, exp.EQ):
                add(left if isinstance(left, exp.Column) else right, "eq")
            else:
                add(left, "range")
    order = tree.args.get("order") if isinstance(tree, exp.Select) else None
    for ordered in order.expressions if order is not None else ():
        add(ordered.this if isinstance(ordered, exp.Ordered) else ordered, "order")
    return tuple(found)


def _is_bare_predicate(column: exp.Column, condition: exp.Expression) -> bool:
    """`WHERE active`, `WHERE NOT active AND ...`: a boolean column used as a condition."""
    node: exp.Expression = column
    while True:
        if node is condition:
            return True
        parent = node.parent
        if isinstance(parent, exp.Paren | exp.Not):
            node = parent
            continue
        if isinstance(parent, exp.And | exp.Or):
            node = parent
            continue
        return False


def _unparsed(sql: str, dialect: str | None) -> SqlShape:
    try:
        tokens = Tokenizer().tokenize(sql) if dialect is None else _dialect_tokens(sql, dialect)
    except (SqlglotError, ValueError):
        return SqlShape(" ".join(sql.split()), _first_word(sql), (), (), ())
    out: list[str] = []
    for token in tokens:
        text = "?" if token.token_type in _VALUE_TOKENS else token.text
        if text == "?" and len(out) >= 2 and out[-1] == "," and out[-2] == "?":
            out.pop()  # fold "?, ?, ?" to "?"
            continue
        out.append(text)
    return SqlShape(" ".join(out), _first_word(sql), (), (), ())


def _dialect_tokens(sql: str, dialect: str) -> list[Any]:
    return list(sqlglot.Dialect.get_or_raise(dialect).tokenize(sql))


def _first_word(sql: str) -> str:
    word = sql.lstrip().split(None, 1)[0].lower() if sql.strip() else ""
    return {"select": "select", "with": "select", "insert": "insert", "update": "update"}.get(
        word, "delete" if word == "delete" else "other"
    )
