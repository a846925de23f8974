"""Query plans: `EXPLAIN` a recorded SELECT and keep the table scans it shows.

Only SELECT statements are ever explained, and never with `ANALYZE`: explaining must not run the
statement again or change data.

* **SQLite**: `EXPLAIN QUERY PLAN`. A `SCAN t` (optionally `USING [COVERING] INDEX`, which reads
  the whole index) is a full scan; `SEARCH t USING AUTOMATIC ... INDEX` means SQLite had to build a
  temporary index for the query: the index is missing.
* **PostgreSQL**: `EXPLAIN (FORMAT JSON)` with `enable_seqscan` turned off for that one statement
  (inside the application's transaction: in a savepoint, with `SET LOCAL`, rolled back so that
  even a failure cannot abort the transaction; outside one: the setting restored right after).
  The planner then picks any usable index however small the test table is, so a `Seq Scan` left
  in the plan (or an index scan with no index condition, which reads the whole index) means no
  index can serve the filter.

Explainers are built around a cursor factory for the connection the statement ran on (the
recorder explains a new fingerprint right after it executes, on the same connection, so test
databases, in-memory SQLite and uncommitted test data are all visible).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from typing import Any, Protocol

from scrutiny.runtime.statement import Statement

CursorFactory = Callable[[], Any]

_PG_INDEX_SCANS = ("Index Scan", "Index Only Scan")
SEQ_SCAN = "seq_scan"  # the whole table is read
AUTO_INDEX = "auto_index"  # SQLite built a temporary index: a real one is missing
INDEX = "index"  # an index serves the lookup


@dataclass(frozen=True)
class Scan:
    """One access to a table in a plan: `table` is the name (PostgreSQL) or the name or alias
    (SQLite) that the plan prints."""

    table: str
    kind: str  # SEQ_SCAN | AUTO_INDEX | INDEX
    detail: str


@dataclass(frozen=True)
class Plan:
    vendor: str
    text: str  # the plan as the database printed it (JSON for PostgreSQL)
    scans: tuple[Scan, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "text": self.text,
            "scans": [[s.table, s.kind, s.detail] for s in self.scans],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plan:
        scans = tuple(Scan(str(t), str(k), str(d)) for t, k, d in data["scans"])
        return cls(str(data["vendor"]), str(data["text"]), scans)


class Explainer(Protocol):
    def explain(self, statement: Statement) -> Plan | None:
        """The plan of a SELECT `statement`, or None (not a SELECT, or it cannot be explained)."""
        ...


class SqliteExplainer:
    """`EXPLAIN QUERY PLAN` through cursors of a sqlite3 (or Django-wrapped) connection."""

    def __init__(self, cursor: CursorFactory) -> None:
        self._cursor = cursor

    def explain(self, statement: Statement) -> Plan | None:
        if not statement.is_read or statement.many:
            return None
        with closing(self._cursor()) as cursor:
            _execute(cursor, f"EXPLAIN QUERY PLAN {statement.sql}", statement.raw_params)
            rows = cursor.fetchall()
        details = [str(row[-1]) for row in rows]
        return Plan("sqlite", "\n".join(details), tuple(_sqlite_scan(d) for d in details))


class PostgresExplainer:
    """`EXPLAIN (FORMAT JSON)` through cursors of a psycopg / psycopg2 (or Django) connection."""

    def __init__(self, cursor: CursorFactory) -> None:
        self._cursor = cursor

    def explain(self, statement: Statement) -> Plan | None:
        if not statement.is_read or statement.many:
            return None
        sql = f"EXPLAIN (FORMAT JSON) {statement.sql}"
        with closing(self._cursor()) as cursor:
            status = _transaction_status(cursor)
            if status == _PG_INERROR:
                return None
            if status == _PG_INTRANS:
                raw = _explain_in_savepoint(cursor, sql, statement.raw_params)
            else:
                raw = _explain_with_setting(cursor, sql, statement.raw_params)
        document = json.loads(raw) if isinstance(raw, str | bytes) else raw
        nodes = list(_pg_nodes(document[0]["Plan"])) if document else []
        return Plan("postgresql", json.dumps(document), tuple(_pg_scan(n) for n in nodes))


_PG_INTRANS = 2  # psycopg 3 `TransactionStatus.INTRANS`, psycopg2 `TRANSACTION_STATUS_INTRANS`
_PG_INERROR = 3


def _transaction_status(cursor: Any) -> int | None:
    connection = getattr(cursor, "connection", None)
    info = getattr(connection, "info", None)
    status = getattr(info, "transaction_status", None)  # psycopg 3
    legacy = getattr(connection, "get_transaction_status", None)  # psycopg2
    if status is None and legacy is not None:
        status = legacy()
    return int(status) if status is not None else None


def _explain_in_savepoint(cursor: Any, sql: str, params: Any) -> Any:
    """Inside the application's transaction: a savepoint keeps a failure from aborting it, and
    rolling back to it also undoes `SET LOCAL`."""
    cursor.execute("SAVEPOINT scrutiny_explain")
    try:
        cursor.execute("SET LOCAL enable_seqscan = off")
        _execute(cursor, sql, params)
        return cursor.fetchone()[0]
    finally:
        cursor.execute("ROLLBACK TO SAVEPOINT scrutiny_explain")
        cursor.execute("RELEASE SAVEPOINT scrutiny_explain")


def _explain_with_setting(cursor: Any, sql: str, params: Any) -> Any:
    """Outside a transaction (autocommit): the session setting, restored right after."""
    cursor.execute("SHOW enable_seqscan")
    previous = str(cursor.fetchone()[0])
    cursor.execute("SET enable_seqscan = off")
    try:
        _execute(cursor, sql, params)
        return cursor.fetchone()[0]
    finally:
        cursor.execute(f"SET enable_seqscan = {'on' if previous == 'on' else 'off'}")


def explainer_for(vendor: str, cursor: CursorFactory) -> Explainer | None:
    """The explainer for a vendor, or None when plans of that vendor are not understood."""
    if vendor == "sqlite":
        return SqliteExplainer(cursor)
    if vendor in ("postgresql", "postgres"):
        return PostgresExplainer(cursor)
    return None


def safe_explain(explainer: Explainer, statement: Statement) -> Plan | None:
    """Explain, treating any database error as 'no plan' (a report must never break a test)."""
    with suppress(Exception):
        return explainer.explain(statement)
    return None


def _execute(cursor: Any, sql: str, params: Any) -> None:
    if params is None or (isinstance(params, Sequence | Mapping) and not params):
        cursor.execute(sql)
    else:
        cursor.execute(sql, params)


def _sqlite_scan(detail: str) -> Scan:
    words = detail.split()
    verb = words[0] if words else ""
    rest = words[1:]
    if rest and rest[0] == "TABLE":  # SQLite before 3.36: "SCAN TABLE t"
        rest = rest[1:]
    table = rest[0] if rest else ""
    if verb == "SCAN":
        kind = SEQ_SCAN
    elif "AUTOMATIC" in words:
        kind = AUTO_INDEX
    else:
        kind = INDEX
    return Scan(table, kind, detail)


def _pg_nodes(node: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    stack = [node]
    while stack:
        current = stack.pop()
        if "Relation Name" in current:
            yield current
        stack.extend(reversed(current.get("Plans", [])))


def _pg_scan(node: Mapping[str, Any]) -> Scan:
    table = str(node["Relation Name"])
    node_type = str(node.get("Node Type", ""))
    # an index scan without an index condition walks the whole index (chosen for its order)
    whole_index = node_type in _PG_INDEX_SCANS and "Index Cond" not in node
    kind = SEQ_SCAN if node_type == "Seq Scan" or whole_index else INDEX
    condition = node.get("Filter") or node.get("Index Cond") or ""
    return Scan(table, kind, f"{node_type} on {node['Relation Name']} {condition}".strip())
