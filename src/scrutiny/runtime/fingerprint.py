"""Normalized SQL: one fingerprint for every execution of the same statement shape.

`sql_reader.read_shape` reads a text's fingerprint, verb, tables and filtered columns from
sqlparse's tokens: literals and bound parameters become `?`, `IN (...)` lists fold to
`IN (?)` whatever their length, multi-row `VALUES` keep one row, and whitespace and comments go,
so `WHERE id = 1` and `WHERE id = %s` share a fingerprint. The shape depends on the text alone,
not on the database vendor (every vendor's SQL tokenizes alike).

`Fingerprinter` memoizes per SQL text (an ORM issues the same text again and again); it is owned
by a `Recorder`, never global. Texts known from an earlier run (`runtime/shape_store.py`) are not
read again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from scrutiny.runtime.sql_reader import SqlShape, read_shape

CACHE_LIMIT = 20_000


class Fingerprinter:
    """`sql_reader.read_shape` memoized per SQL text; thread-safe, bounded."""

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self._limit = limit
        self._cache: dict[str, SqlShape] = {}
        self._lock = threading.Lock()
        self._parsed = 0

    def __len__(self) -> int:
        return len(self._cache)

    def shape(self, sql: str) -> SqlShape:
        found = self._cache.get(sql)
        if found is not None:
            return found
        shape = read_shape(sql)
        with self._lock:
            self._parsed += 1
            if len(self._cache) >= self._limit:
                self._cache.clear()
            self._cache[sql] = shape
        return shape

    def known(self) -> dict[str, SqlShape]:
        """Every shape memoized so far, by SQL text."""
        with self._lock:
            return dict(self._cache)

    @property
    def parsed(self) -> int:
        """How many texts were read (not known beforehand)."""
        return self._parsed

    def preload(self, shapes: Iterable[tuple[str, SqlShape]]) -> None:
        """Shapes read earlier (by the same code: see `shape_store`), known without reading."""
        with self._lock:
            for key, shape in shapes:
                if len(self._cache) >= self._limit:
                    break
                self._cache.setdefault(key, shape)
