"""What the recorder keeps of one SQL statement: its text, fingerprint, timing and call site.

`Statement`s are frozen values. They travel between pytest-xdist workers and the controller as
plain dicts (`to_dict` / `from_dict`); the raw parameters, kept in memory only so that `EXPLAIN`
can be run with real values, never leave the process and never reach a report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

READ_KINDS = frozenset({"select"})


@dataclass(frozen=True)
class Frame:
    """A user-code stack frame: absolute path, 1-based line, function name and source line."""

    path: str
    line: int
    function: str
    code: str


@dataclass(frozen=True)
class Statement:
    """One executed statement (or one `executemany` batch).

    `stack` holds user frames, innermost first: `stack[0]` is the call site. `context` is the
    pytest node id or the request ("GET /orders/") the statement belongs to. `params_digest`
    identifies the parameters even when `params` is redacted; `kind` is the statement's verb
    (`select`, `insert`, ..., `other`); `origin` the recording hook (`django`, `sqlalchemy`,
    `dbapi`). `request` names the HTTP request the statement ran in, when a test made several
    (Django's test client: "#3 GET /books/1/"); N+1 and duplicates are counted per request.
    """

    sql: str
    fingerprint: str
    params: str | None
    duration_ms: float
    rows: int | None
    database: str
    vendor: str
    many: bool
    stack: tuple[Frame, ...]
    context: str
    params_digest: str = ""
    kind: str = "other"
    origin: str = "dbapi"
    request: str = ""
    raw_params: Any = field(default=None, compare=False, repr=False)

    @property
    def call_site(self) -> Frame | None:
        return self.stack[0] if self.stack else None

    @property
    def is_read(self) -> bool:
        return self.kind in READ_KINDS

    def to_dict(self) -> dict[str, Any]:
        """A JSON- and execnet-safe form (no raw parameters)."""
        return {
            "sql": self.sql,
            "fingerprint": self.fingerprint,
            "params": self.params,
            "duration_ms": self.duration_ms,
            "rows": self.rows,
            "database": self.database,
            "vendor": self.vendor,
            "many": self.many,
            "stack": [[f.path, f.line, f.function, f.code] for f in self.stack],
            "context": self.context,
            "params_digest": self.params_digest,
            "kind": self.kind,
            "origin": self.origin,
            "request": self.request,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        return cls(
            sql=str(data["sql"]),
            fingerprint=str(data["fingerprint"]),
            params=data["params"],
            duration_ms=float(data["duration_ms"]),
            rows=data["rows"],
            database=str(data["database"]),
            vendor=str(data["vendor"]),
            many=bool(data["many"]),
            stack=tuple(Frame(str(p), int(n), str(f), str(c)) for p, n, f, c in data["stack"]),
            context=str(data["context"]),
            params_digest=str(data.get("params_digest", "")),
            kind=str(data.get("kind", "other")),
            origin=str(data.get("origin", "dbapi")),
            request=str(data.get("request", "")),
        )


_STATEMENT_FIELDS = frozenset(f.name for f in fields(Statement))


def made_statement(values: dict[str, Any]) -> Statement:
    """A `Statement` from every one of its fields, made without the frozen dataclass's
    per-field `object.__setattr__` (7x cheaper: the recorder makes one per statement); equal to
    `Statement(**values)`."""
    if values.keys() != _STATEMENT_FIELDS:
        raise TypeError(f"a Statement has the fields {sorted(_STATEMENT_FIELDS)}")
    statement = object.__new__(Statement)
    statement.__dict__.update(values)
    return statement
