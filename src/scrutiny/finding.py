"""The one `Finding` type that every analysis produces, and the small value types it is made of."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """How much harm the problem can do; ordered so `>=` compares thresholds."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {text!r}; expected one of: {', '.join(s.label for s in cls)}"
            ) from None


class Confidence(enum.IntEnum):
    """How sure the rule is that the finding is real."""

    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Confidence:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown confidence {text!r}; expected one of: {', '.join(c.label for c in cls)}"
            ) from None


@dataclass(frozen=True, order=True)
class Location:
    """A span in a file. Lines are 1-based, columns 0-based (as in `ast`)."""

    path: str
    line: int
    column: int = 0
    end_line: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Step:
    """One step of a data-flow trace: where the value was and what happened to it."""

    location: Location
    note: str


@dataclass(frozen=True)
class Finding:
    """A problem found in the code, from any analysis (static rule, taint engine, runtime recorder).

    `symbol` is the dotted name of the enclosing function or class (empty at module level) and
    `snippet` the source text of the flagged line; together with the rule and the path they make a
    fingerprint that survives code moving up or down the file.
    """

    code: str
    name: str
    message: str
    severity: Severity
    confidence: Confidence
    location: Location
    cwe: tuple[int, ...] = ()
    owasp: tuple[str, ...] = ()
    trace: tuple[Step, ...] = ()
    fix: str | None = None
    symbol: str = ""
    snippet: str = ""
    fingerprint: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.fingerprint:
            object.__setattr__(self, "fingerprint", compute_fingerprint(self))

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.line

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.code, self.message)


def normalize_snippet(text: str) -> str:
    """Whitespace-insensitive form of a source line, used in fingerprints."""
    return " ".join(text.split())


def compute_fingerprint(finding: Finding) -> str:
    """A stable identity: rule, path, enclosing symbol and normalized snippet; never the line."""
    parts = (
        finding.code,
        finding.location.path,
        finding.symbol,
        normalize_snippet(finding.snippet) or finding.message,
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
