"""Normalized SQL: one fingerprint for every execution of the same statement shape.

The SQL is parsed with `sqlglot` (the vendor's dialect). Literals and bound parameters become
`?`, `IN (...)` lists fold to `IN (?)` whatever their length, multi-row `VALUES` keep one row, and
the statement is printed back in one canonical spelling, so `WHERE id = 1` and `WHERE id = %s`
share a fingerprint. The same parse tells the statement's verb and which columns of which tables
it filters on (for the missing-index check). SQL that sqlglot cannot parse still gets a
fingerprint from sqlglot's tokenizer, with literal and placeholder tokens replaced.

`Fingerprinter` memoizes per SQL text (an ORM issues the same text again and again); it is owned
by a `Recorder`, never global. sqlglot itself is imported (by `runtime/_sqlparse.py`) only when a
text is parsed: a run whose every text is known already (`runtime/shape_store.py`) never loads it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

DIALECTS = {
    "postgresql": "postgres",
    "postgres": "postgres",
    "sqlite": "sqlite",
    "mysql": "mysql",
    "mariadb": "mysql",
    "oracle": "oracle",
    "mssql": "tsql",
}
CACHE_LIMIT = 20_000


@dataclass(frozen=True)
class Filter:
    """A column the statement filters or sorts on: `op` is `eq` (also a bare boolean column,
    `WHERE active`), `in`, `range`, `join` (compared with another column) or `order`."""

    table: str
    column: str
    op: str


@dataclass(frozen=True)
class SqlShape:
    fingerprint: str
    kind: str  # select | insert | update | delete | other
    tables: tuple[str, ...]  # real table names, in order of appearance
    aliases: tuple[tuple[str, str], ...]  # (alias, table) pairs, including table -> table
    filters: tuple[Filter, ...]

    @property
    def filters_rows(self) -> bool:
        """Whether the statement has a condition (not only a sort) on some column."""
        return any(f.op != "order" for f in self.filters)

    def table_for(self, name: str) -> str | None:
        """The real table behind an alias or table name as the plan prints it."""
        for alias, table in self.aliases:
            if alias == name:
                return table
        return None


def dialect_of(vendor: str) -> str | None:
    return DIALECTS.get(vendor.lower())


def shape_of(sql: str, vendor: str = "") -> SqlShape:
    """Parse `sql` and return its fingerprint, verb, tables and filtered columns."""
    from scrutiny.runtime._sqlparse import parse_shape  # sqlglot: loaded on the first parse

    return parse_shape(sql, dialect_of(vendor))


def fingerprint(sql: str, vendor: str = "") -> str:
    return shape_of(sql, vendor).fingerprint


class Fingerprinter:
    """`shape_of` memoized per (SQL text, vendor); thread-safe, bounded."""

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self._limit = limit
        self._cache: dict[tuple[str, str], SqlShape] = {}
        self._lock = threading.Lock()
        self._parsed = 0

    def __len__(self) -> int:
        return len(self._cache)

    def shape(self, sql: str, vendor: str) -> SqlShape:
        key = (sql, vendor)
        found = self._cache.get(key)
        if found is not None:
            return found
        shape = shape_of(sql, vendor)
        with self._lock:
            self._parsed += 1
            if len(self._cache) >= self._limit:
                self._cache.clear()
            self._cache[key] = shape
        return shape

    def known(self) -> dict[tuple[str, str], SqlShape]:
        """Every shape memoized so far, by (SQL text, vendor)."""
        with self._lock:
            return dict(self._cache)

    @property
    def parsed(self) -> int:
        """How many texts were parsed (not known beforehand)."""
        return self._parsed

    def preload(self, shapes: Iterable[tuple[tuple[str, str], SqlShape]]) -> None:
        """Shapes parsed earlier (by the same code: see `shape_store`), known without parsing."""
        with self._lock:
            for key, shape in shapes:
                if len(self._cache) >= self._limit:
                    break
                self._cache.setdefault(key, shape)
