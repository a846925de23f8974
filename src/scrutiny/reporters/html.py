"""A self-contained HTML report of a runtime query review: findings, then every recorded query.

```python
html = render_html(findings, statements, plans=plans, root="/srv/app", tool_version="0.1.0")
```

Queries are grouped by test (or request), then by fingerprint (the normalized SQL), then by call
site, each fingerprint with its `EXPLAIN` plan when one was taken. The page is one file: styles
inline, no script, no external asset, so it can be attached to a CI run and opened anywhere.

Rendering is a pure function of its arguments (the Jinja2 template ships with the package and is
read from it): equal inputs give byte-identical pages. Autoescaping is on, so SQL, parameters,
test names and source lines print as text whatever they contain. Statements and plans are taken
structurally (`StatementView`, `PlanView`): reporters do not import the runtime engine. Jinja2
comes with the `runtime` extra and is imported only when a page is rendered.
"""

from __future__ import annotations

import importlib.resources
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from scrutiny.finding import Finding
from scrutiny.reporters._common import plural, severity_counts

TEMPLATE = "report.html.j2"
SAMPLES_PER_GROUP = 10  # statements listed under each call site (the rest are counted)
DEFAULT_TITLE = "Scrutiny query report"
LINKS_PER_FINDING = 10  # "seen in" links listed under each finding (the rest are counted)


class FrameView(Protocol):
    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def function(self) -> str: ...
    @property
    def code(self) -> str: ...


class StatementView(Protocol):
    """What the report reads of a recorded statement (`scrutiny.runtime.statement.Statement`)."""

    @property
    def sql(self) -> str: ...
    @property
    def fingerprint(self) -> str: ...
    @property
    def params(self) -> str | None: ...
    @property
    def duration_ms(self) -> float: ...
    @property
    def rows(self) -> int | None: ...
    @property
    def database(self) -> str: ...
    @property
    def vendor(self) -> str: ...
    @property
    def many(self) -> bool: ...
    @property
    def stack(self) -> Sequence[FrameView]: ...
    @property
    def context(self) -> str: ...


class ScanView(Protocol):
    @property
    def table(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def detail(self) -> str: ...


class PlanView(Protocol):
    """What the report reads of a query plan (`scrutiny.runtime.explain.Plan`)."""

    @property
    def vendor(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def scans(self) -> Sequence[ScanView]: ...


@dataclass(frozen=True)
class _FindingRow:
    code: str
    name: str
    severity: str
    confidence: str
    place: str
    message: str
    fix: str
    trace: tuple[str, ...]
    anchor: str


@dataclass(frozen=True)
class _Sample:
    sql: str
    params: str
    duration: str
    rows: str
    many: bool


@dataclass(frozen=True)
class _SiteGroup:
    anchor: str
    place: str
    function: str
    code: str
    count: int
    total: str
    stack: tuple[str, ...]
    samples: tuple[_Sample, ...]
    hidden: int
    findings: tuple[_FindingRow, ...]


@dataclass(frozen=True)
class _PlanBlock:
    vendor: str
    text: str
    scans: tuple[tuple[str, str, str], ...]
    full_scan: bool


@dataclass(frozen=True)
class _FingerprintGroup:
    fingerprint: str
    count: int
    distinct_params: int
    total: str
    slowest: str
    database: str
    plan: _PlanBlock | None
    sites: tuple[_SiteGroup, ...]


@dataclass(frozen=True)
class _ContextGroup:
    name: str
    anchor: str
    count: int
    total: str
    fingerprints: tuple[_FingerprintGroup, ...]

    @property
    def findings(self) -> int:
        """How many findings point at a call site of this test or request."""
        return len({f.anchor for q in self.fingerprints for s in q.sites for f in s.findings})


@dataclass(frozen=True)
class _Link:
    text: str
    anchor: str


def render_html(
    findings: Sequence[Finding],
    statements: Sequence[StatementView],
    *,
    plans: Mapping[tuple[str, str], PlanView | None] | None = None,
    root: str | None = None,
    title: str = DEFAULT_TITLE,
    tool_version: str = "",
) -> str:
    """The whole report page.

    `plans` maps (database, fingerprint) to a plan, as `Recorder.plans()` returns them; `root`
    is the absolute project directory that frame paths are shown relative to (finding paths
    already are).
    """
    import jinja2

    environment = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    source = importlib.resources.files(__package__).joinpath("templates", TEMPLATE)
    template = environment.from_string(source.read_text(encoding="utf-8"))
    rows = [_finding_row(index, f) for index, f in enumerate(findings, start=1)]
    contexts = _contexts(statements, plans or {}, root, rows)
    total_ms = sum(s.duration_ms for s in statements)
    return template.render(
        title=title,
        tool_version=tool_version,
        summary=_summary(findings, statements, contexts, total_ms),
        severities=[(s.label, n) for s, n in severity_counts(findings)],
        findings=rows,
        seen_in=_seen_in(contexts),
        links_shown=LINKS_PER_FINDING,
        contexts=contexts,
    )


def _seen_in(contexts: Sequence[_ContextGroup]) -> dict[str, list[_Link]]:
    """For each finding (by anchor), the call-site groups it points at, in page order."""
    links: dict[str, list[_Link]] = {}
    for context in contexts:
        for query in context.fingerprints:
            for site in query.sites:
                for finding in site.findings:
                    links.setdefault(finding.anchor, []).append(_Link(context.name, site.anchor))
    return links


def _summary(
    findings: Sequence[Finding],
    statements: Sequence[StatementView],
    contexts: Sequence[_ContextGroup],
    total_ms: float,
) -> str:
    fingerprints = len({s.fingerprint for s in statements})
    queries = "1 distinct query" if fingerprints == 1 else f"{fingerprints} distinct queries"
    return (
        f"{plural(len(findings), 'finding')}; {plural(len(statements), 'statement')} "
        f"({queries}) in {_contexts_label(len(contexts))}, {_ms(total_ms)} in the database."
    )


def _contexts_label(count: int) -> str:
    return "1 test or request" if count == 1 else f"{count} tests or requests"


def _finding_row(index: int, finding: Finding) -> _FindingRow:
    return _FindingRow(
        code=finding.code,
        name=finding.name,
        severity=finding.severity.label,
        confidence=finding.confidence.label,
        place=f"{finding.path}:{finding.line}",
        message=finding.message,
        fix=finding.fix or "",
        trace=tuple(f"{s.location.path}:{s.location.line}  {s.note}" for s in finding.trace),
        anchor=f"finding-{index}",
    )


def _contexts(
    statements: Sequence[StatementView],
    plans: Mapping[tuple[str, str], PlanView | None],
    root: str | None,
    findings: Sequence[_FindingRow],
) -> tuple[_ContextGroup, ...]:
    by_context: dict[str, list[StatementView]] = {}
    for statement in statements:
        by_context.setdefault(statement.context, []).append(statement)
    by_place: dict[str, list[_FindingRow]] = {}
    for row in findings:
        by_place.setdefault(row.place, []).append(row)
    groups = []
    for index, (name, members) in enumerate(by_context.items(), start=1):
        groups.append(
            _ContextGroup(
                name=name or "(outside any test or request)",
                anchor=f"context-{index}",
                count=len(members),
                total=_ms(sum(s.duration_ms for s in members)),
                fingerprints=_fingerprints(members, plans, root, by_place, f"context-{index}"),
            )
        )
    return tuple(groups)


def _fingerprints(
    statements: Sequence[StatementView],
    plans: Mapping[tuple[str, str], PlanView | None],
    root: str | None,
    findings: Mapping[str, Sequence[_FindingRow]],
    anchor: str,
) -> tuple[_FingerprintGroup, ...]:
    by_fingerprint: dict[str, list[StatementView]] = {}
    for statement in statements:
        by_fingerprint.setdefault(statement.fingerprint, []).append(statement)
    groups = []
    for index, (fingerprint, members) in enumerate(by_fingerprint.items(), start=1):
        durations = [s.duration_ms for s in members]
        plan = _plan_of(fingerprint, members, plans)
        groups.append(
            _FingerprintGroup(
                fingerprint=fingerprint,
                count=len(members),
                distinct_params=len({s.params for s in members}),
                total=_ms(sum(durations)),
                slowest=_ms(max(durations)),
                database=", ".join(sorted({f"{s.database} ({s.vendor})" for s in members})),
                plan=_plan_block(plan) if plan is not None else None,
                sites=_sites(members, root, findings, f"{anchor}-q{index}"),
            )
        )
    groups.sort(key=lambda g: -g.count)  # stable: first recorded first among equals
    return tuple(groups)


def _sites(
    statements: Sequence[StatementView],
    root: str | None,
    findings: Mapping[str, Sequence[_FindingRow]],
    anchor: str,
) -> tuple[_SiteGroup, ...]:
    by_site: dict[tuple[str, int, str], list[StatementView]] = {}
    for statement in statements:
        top = statement.stack[0] if statement.stack else None
        key = (_relative(top.path, root), top.line, top.function) if top else ("", 0, "")
        by_site.setdefault(key, []).append(statement)
    groups = []
    for index, ((path, line, function), members) in enumerate(by_site.items(), start=1):
        first = members[0]
        place = f"{path}:{line}" if path else "(no user code on the stack)"
        groups.append(
            _SiteGroup(
                anchor=f"{anchor}-s{index}",
                place=place,
                function=function,
                code=first.stack[0].code if first.stack else "",
                count=len(members),
                total=_ms(sum(s.duration_ms for s in members)),
                stack=tuple(
                    f"{_relative(f.path, root)}:{f.line} in {f.function}: {f.code}"
                    for f in first.stack
                ),
                samples=tuple(_sample(s) for s in members[:SAMPLES_PER_GROUP]),
                hidden=max(len(members) - SAMPLES_PER_GROUP, 0),
                findings=tuple(findings.get(place, ())),
            )
        )
    groups.sort(key=lambda g: -g.count)
    return tuple(groups)


def _sample(statement: StatementView) -> _Sample:
    return _Sample(
        sql=statement.sql,
        params="" if statement.params is None else statement.params,
        duration=_ms(statement.duration_ms),
        rows="" if statement.rows is None or statement.rows < 0 else str(statement.rows),
        many=statement.many,
    )


def _plan_of(
    fingerprint: str,
    statements: Sequence[StatementView],
    plans: Mapping[tuple[str, str], PlanView | None],
) -> PlanView | None:
    for database in dict.fromkeys(s.database for s in statements):
        plan = plans.get((database, fingerprint))
        if plan is not None:
            return plan
    return None


def _plan_block(plan: PlanView) -> _PlanBlock:
    scans = tuple((s.table, s.kind, s.detail) for s in plan.scans)
    return _PlanBlock(
        vendor=plan.vendor,
        text=plan.text,
        scans=scans,
        full_scan=any(kind == "seq_scan" for _, kind, _ in scans),
    )


def _relative(path: str, root: str | None) -> str:
    """`path` relative to `root` in posix form when it lies inside it, else unchanged."""
    posix = path.replace("\\", "/")
    if root:
        base = root.replace("\\", "/").rstrip("/") + "/"
        if posix.startswith(base):
            return posixpath.normpath(posix[len(base) :])
    return posix


def _ms(value: float) -> str:
    return f"{value:.1f} ms" if value >= 0.1 or value == 0 else f"{value:.3f} ms"


__all__ = ["DEFAULT_TITLE", "FrameView", "PlanView", "ScanView", "StatementView", "render_html"]
