"""What a rule is: its metadata, its documentation and the functions that find problems.

A rule module under `scrutiny.rules` defines one module-level `RULE = Rule(...)` and uses its own
docstring as `doc`. Two shapes exist:

* a *node rule* names the `ast` node types it `visits` and a `check(node, ctx)` function that calls
  `ctx.report(...)`; it sees one file at a time, with that file's semantic model;
* a *project rule* has a `collect(file)` function that extracts picklable facts from each file,
  and a `finish(project, facts, report)` function that sees every file's facts and the project
  index at once.

Rules produced by the engine itself (parse errors, suppression problems) have neither; they exist so
that they can be documented, selected and ignored like any other rule.
"""

from __future__ import annotations

import ast
import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrutiny.finding import Confidence, Severity

if TYPE_CHECKING:
    from scrutiny.context import FileContext, ProjectReporter, RuleContext
    from scrutiny.semantic.project import ProjectIndex

CODE_PATTERN = re.compile(r"^(SEC|DB|ASY|REL|SCR)\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DOC_SECTIONS = (
    "What it does",
    "Why it matters",
    "Example",
    "Use instead",
    "Alternatives and trade-offs",
    "Libraries",
    "References",
)
AREAS = {
    "SEC": "security",
    "DB": "database",
    "ASY": "async",
    "REL": "reliability",
    "SCR": "scrutiny",
}


class Status(enum.Enum):
    STABLE = "stable"
    PREVIEW = "preview"


@dataclass(frozen=True)
class TaintSpec:
    """A taint rule is pure data: sources of these kinds reaching sinks of this kind.

    The taint engine (`scrutiny.taint`) computes every flow once per run; each taint rule reports
    the flows that match its spec. Sink kinds are declared with the sinks in `scrutiny.frameworks`.
    """

    sink_kind: str
    source_kinds: frozenset[str] = frozenset({"remote"})


NodeCheck = Callable[[Any, "RuleContext"], None]
Collect = Callable[["FileContext"], Any]
Finish = Callable[["ProjectIndex", Mapping[str, Any], "ProjectReporter"], None]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    confidence: Confidence
    doc: str
    cwe: tuple[int, ...] = ()
    owasp: tuple[str, ...] = ()
    status: Status = Status.STABLE
    quiet_in: frozenset[str] = frozenset()
    visits: tuple[type[ast.AST], ...] = ()
    check: NodeCheck | None = None
    collect: Collect | None = None
    finish: Finish | None = None
    taint: TaintSpec | None = None
    # also reported at run time by the query recorder (`pytest --scrutiny`): a suppression of it
    # may silence a runtime finding, so a static run never calls it unused
    runtime: bool = False

    @property
    def area(self) -> str:
        return AREAS[_prefix(self.code)]

    @property
    def summary(self) -> str:
        """The first paragraph of the 'What it does' section (or of the doc)."""
        text = self.doc.strip()
        marker = "## What it does"
        if marker in text:
            text = text.split(marker, 1)[1]
        paragraph = text.strip().split("\n\n", 1)[0]
        return " ".join(paragraph.split())

    @property
    def title(self) -> str:
        """The doc's first line, a short human title."""
        return self.doc.strip().splitlines()[0].lstrip("# ").strip() if self.doc.strip() else ""

    @property
    def is_engine_rule(self) -> bool:
        return self.check is None and self.finish is None and self.taint is None


def _prefix(code: str) -> str:
    return code.rstrip("0123456789")
