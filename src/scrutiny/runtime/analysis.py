"""From recorded statements to `Finding`s: N+1, duplicate, slow and unindexed queries.

* **DB101 n-plus-one**: one call site issues the same read fingerprint `n_plus_one_threshold` times
  or more within one test or request, with differing parameters. The finding names the loop above
  the call site (read from the source with `ast`), the relation being loaded (from the attribute
  the call-site line touches, the schema hints, or the table and key column of the SQL) and the
  eager-loading fix.
* **DB107 duplicate-query**: the same read, with the same parameters, twice or more in one test
  or request (not counted again when it is already part of an N+1).
* **DB108 slow-query**: a statement slower than `slow_ms`.
* **DB201 missing-index**: the plan of a read shows a full scan (or SQLite's automatic index) of a
  table the statement filters on; the finding gives the index, as SQL and as the ORM line to add.

Findings are merged across tests: one per rule, call site and statement shape, naming how many
tests showed it. Call sites in test modules (`test_*.py`, `*_test.py`, `conftest.py`,
`tests.py`) are left out by default, and so is repetition that the test makes
(a loop in the test, or several test lines calling the same code): the suite's own loops are not
the application's queries. Django requests made by a test are counted separately. Allowlists match
fingerprints and call sites (`path`, `path:line`, `path::function`) with globs; `# noqa: DB101`
on the call-site line and the project's `per-file-ignores` apply as for static rules.
"""

from __future__ import annotations

import fnmatch
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from scrutiny.finding import Confidence, Finding, Location, Severity, Step
from scrutiny.registry import Registry
from scrutiny.runtime.callsite import is_test_file
from scrutiny.runtime.explain import Explainer, safe_explain
from scrutiny.runtime.fingerprint import Fingerprinter
from scrutiny.runtime.indexes import MissingIndex, missing_indexes
from scrutiny.runtime.relations import Relation, guess_relation
from scrutiny.runtime.schema import SchemaHints
from scrutiny.runtime.source import Loop, SourceReader
from scrutiny.runtime.sql_reader import SqlShape
from scrutiny.runtime.statement import Frame, Statement

if TYPE_CHECKING:
    from scrutiny.selection import Selection

N_PLUS_ONE = "DB101"
DUPLICATE = "DB107"
SLOW = "DB108"
MISSING_INDEX = "DB201"
# Used only while a rule module is missing from the registry (the registry's metadata wins).
FALLBACK_RULES: dict[str, tuple[str, Severity, Confidence]] = {
    N_PLUS_ONE: ("n-plus-one", Severity.MEDIUM, Confidence.HIGH),
    DUPLICATE: ("duplicate-query", Severity.LOW, Confidence.HIGH),
    SLOW: ("slow-query", Severity.MEDIUM, Confidence.MEDIUM),
    MISSING_INDEX: ("missing-index", Severity.MEDIUM, Confidence.MEDIUM),
}
LOOP_SEARCH_DEPTH = 4
SQL_WIDTH = 100


@dataclass(frozen=True)
class AnalysisSettings:
    n_plus_one_threshold: int = 5
    slow_ms: float = 100.0
    explain: bool = True
    allow_fingerprints: tuple[str, ...] = ()  # globs
    allow_sites: tuple[str, ...] = ()  # globs over `path`, `path:line`, `path::function`
    include_test_code: bool = False


@dataclass
class AnalysisCaches:
    """What `analyze()` may keep from one call to the next: the parsed source files and the
    parsed SQL. A caller that analyses again and again (the middleware, once per request)
    passes the same caches each time; give it the recorder's `fingerprinter` so that no SQL is
    parsed twice. Sources are cached per path for the caches' lifetime (a development server
    reloads when the code changes)."""

    sources: SourceReader = field(default_factory=SourceReader)
    shapes: Fingerprinter = field(default_factory=Fingerprinter)


@dataclass
class _Occurrence:
    """One (rule, call site, shape) found in one or more contexts."""

    code: str
    site: Frame
    example: Statement
    contexts: list[str] = field(default_factory=list)
    count: int = 0
    worst_ms: float = 0.0
    others: list[Frame] = field(default_factory=list)


def analyze(
    statements: Sequence[Statement],
    settings: AnalysisSettings,
    registry: Registry,
    explainer: Explainer | None,
    root: Path,
    *,
    schema: SchemaHints | None = None,
    selection: Selection | None = None,
    caches: AnalysisCaches | None = None,
) -> list[Finding]:
    """Every finding the statements show, sorted, with paths relative to `root`."""
    run = _Analysis(
        settings, registry, root, schema or SchemaHints(), selection, caches or AnalysisCaches()
    )
    kept = [s for s in statements if run.considered(s)]
    occurrences = run.per_context(kept)
    findings = [run.finding(o) for o in occurrences]
    if settings.explain and explainer is not None:
        findings += run.missing_indexes(kept, explainer)
    return sorted((f for f in findings if run.allowed(f)), key=Finding.sort_key)


class _Analysis:
    def __init__(
        self,
        settings: AnalysisSettings,
        registry: Registry,
        root: Path,
        schema: SchemaHints,
        selection: Selection | None,
        caches: AnalysisCaches,
    ) -> None:
        self.settings = settings
        self.registry = registry
        self.root = os.path.realpath(root)
        self.schema = schema
        self.selection = selection
        self.sources = caches.sources
        self.shapes = caches.shapes
        self._relative: dict[str, str] = {}
        self._tests: dict[str, bool] = {}
        self._allowed_sites: dict[tuple[str, int, str], bool] = {}

    # -- which statements count -------------------------------------------------------------

    def considered(self, statement: Statement) -> bool:
        site = statement.call_site
        if site is None:
            return False
        settings = self.settings
        if not settings.include_test_code and self.is_test(site.path):
            return False
        if settings.allow_fingerprints and any(
            fnmatch.fnmatchcase(statement.fingerprint, g) for g in settings.allow_fingerprints
        ):
            return False
        return not self._site_allowed(site)

    def is_test(self, path: str) -> bool:
        """A test module by its name (`test_*.py`, `conftest.py`...). Not by directory: the
        application code that a test suite drives may well live under a `tests/` directory
        (small apps written for the tests), and leaving it out would hide real findings."""
        known = self._tests.get(path)
        if known is None:
            known = self._tests[path] = is_test_file(path)
        return known

    def _site_allowed(self, site: Frame) -> bool:
        if not self.settings.allow_sites:
            return False
        key = (site.path, site.line, site.function)
        known = self._allowed_sites.get(key)
        if known is None:
            path = self.relative(site.path)
            keys = (path, f"{path}:{site.line}", f"{path}::{site.function}")
            globs = self.settings.allow_sites
            known = any(fnmatch.fnmatchcase(k, g) for g in globs for k in keys)
            self._allowed_sites[key] = known
        return known

    def relative(self, path: str) -> str:
        known = self._relative.get(path)
        if known is None:
            real = os.path.realpath(path)
            if real == self.root or real.startswith(self.root + os.sep):
                known = Path(os.path.relpath(real, self.root)).as_posix()
            else:
                known = Path(real).as_posix()
            self._relative[path] = known
        return known

    # -- N+1, duplicates, slow: per test or request -----------------------------------------

    def per_context(self, statements: Sequence[Statement]) -> list[_Occurrence]:
        by_request: dict[tuple[str, str], list[Statement]] = defaultdict(list)
        for statement in statements:
            by_request[(statement.context, statement.request)].append(statement)
        merged: dict[tuple[str, ...], _Occurrence] = {}
        for (context, _request), group in by_request.items():
            repeated = self._n_plus_one(context, group, merged)
            self._duplicates(context, group, repeated, merged)
            self._slow(context, group, merged)
        return list(merged.values())

    def _n_plus_one(
        self,
        context: str,
        statements: list[Statement],
        merged: dict[tuple[str, ...], _Occurrence],
    ) -> set[tuple[str, str, str, int]]:
        groups: dict[tuple[str, str, str, int], list[Statement]] = defaultdict(list)
        for statement in statements:
            site = statement.call_site
            if statement.is_read and site is not None:
                groups[(statement.database, statement.fingerprint, site.path, site.line)].append(
                    statement
                )
        flagged: set[tuple[str, str, str, int]] = set()
        for key, group in groups.items():
            distinct = {(s.sql, s.params_digest) for s in group}
            if len(group) < self.settings.n_plus_one_threshold or len(distinct) < 2:
                continue
            if not self._repeated_by_test(group):
                flagged.add(key)
                _merge(merged, N_PLUS_ONE, group[0], context, len(group))
        return flagged

    def _duplicates(
        self,
        context: str,
        statements: list[Statement],
        repeated: set[tuple[str, str, str, int]],
        merged: dict[tuple[str, ...], _Occurrence],
    ) -> None:
        groups: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
        for statement in statements:
            if statement.is_read and statement.params != "<unparsed>":
                groups[(statement.database, statement.sql, statement.params_digest)].append(
                    statement
                )
        for group in groups.values():
            if len(group) < 2:
                continue
            first = group[0]
            site = first.call_site
            assert site is not None
            if (first.database, first.fingerprint, site.path, site.line) in repeated:
                continue
            if self._repeated_by_test(group):
                continue
            occurrence = _merge(merged, DUPLICATE, first, context, len(group))
            for later in group[1:]:
                other = later.call_site
                if other is not None and other != site and other not in occurrence.others:
                    occurrence.others.append(other)

    def _repeated_by_test(self, group: list[Statement]) -> bool:
        """Whether the repetition comes from the test (a loop in the test, or several test
        lines calling the same code), not from the application: no loop between the call site
        and the test, and the statements come from different test lines or a test loop."""
        if self.settings.include_test_code or group[0].request:
            return False
        for frame in group[0].stack:
            if self.is_test(frame.path):
                break
            if self.sources.loop_around(frame.path, frame.line) is not None:
                return False  # the application loops
        entries = [next((f for f in s.stack if self.is_test(f.path)), None) for s in group]
        if any(entry is None for entry in entries):
            return False
        lines = {(entry.path, entry.line) for entry in entries if entry is not None}
        if len(lines) > 1:
            return True
        path, line = next(iter(lines))
        return self.sources.loop_around(path, line) is not None

    def _slow(
        self, context: str, statements: list[Statement], merged: dict[tuple[str, ...], _Occurrence]
    ) -> None:
        for statement in statements:
            if statement.duration_ms >= self.settings.slow_ms:
                occurrence = _merge(merged, SLOW, statement, context, 1)
                if statement.duration_ms > occurrence.worst_ms:
                    occurrence.worst_ms = statement.duration_ms
                    occurrence.example = statement

    # -- findings ---------------------------------------------------------------------------

    def finding(self, occurrence: _Occurrence) -> Finding:
        if occurrence.code == N_PLUS_ONE:
            return self._n_plus_one_finding(occurrence)
        if occurrence.code == DUPLICATE:
            return self._duplicate_finding(occurrence)
        return self._slow_finding(occurrence)

    def _n_plus_one_finding(self, occurrence: _Occurrence) -> Finding:
        statement = occurrence.example
        site = occurrence.site
        loop, loop_frame = self._loop(statement)
        shape = self.shapes.shape(statement.sql)
        attributes = self.sources.attributes_at(site.path, site.line)
        same_frame = loop_frame is not None and (loop_frame.path, loop_frame.function) == (
            site.path,
            site.function,
        )
        names = self.sources.names_at(site.path, site.line) if same_frame else ()
        relation = guess_relation(shape, loop, attributes, self.schema, statement.origin, names)
        where = _where(occurrence)
        loading = f" loading {relation.describe()} one row at a time"
        message = (
            f"N+1 query: `{_short(statement.fingerprint)}` ran {occurrence.count} times from this "
            f"line {where} with different parameters{loading}; "
            f"load it for all rows at once"
        )
        trace: list[Step] = []
        if loop is not None and loop_frame is not None:
            trace.append(Step(self._location(loop_frame.path, loop.line), f"loop: `{loop.header}`"))
        trace.append(Step(self._location(site.path, site.line), "issues one query per iteration"))
        trace += self._callers(statement)
        return self._make(N_PLUS_ONE, site, message, relation.fix, _distinct(trace))

    def _duplicate_finding(self, occurrence: _Occurrence) -> Finding:
        statement = occurrence.example
        message = (
            f"Duplicate query: `{_short(statement.fingerprint)}` ran {occurrence.count} times with "
            f"the same parameters {_where(occurrence)}; the repeats return what the first "
            f"already returned"
        )
        trace = [Step(self._location(occurrence.site.path, occurrence.site.line), "first run")]
        trace += [
            Step(self._location(other.path, other.line), "runs it again")
            for other in occurrence.others
        ]
        fix = "run it once and reuse the result (keep the object or queryset in a variable)"
        return self._make(DUPLICATE, occurrence.site, message, fix, tuple(trace))

    def _slow_finding(self, occurrence: _Occurrence) -> Finding:
        statement = occurrence.example
        message = (
            f"Slow query: `{_short(statement.fingerprint)}` took {occurrence.worst_ms:.0f} ms "
            f"(threshold {self.settings.slow_ms:.0f} ms) {_where(occurrence)}"
        )
        fix = "EXPLAIN it: add the index it needs, select fewer columns or rows, or paginate"
        return self._make(SLOW, occurrence.site, message, fix, tuple(self._callers(statement)))

    def missing_indexes(
        self, statements: Sequence[Statement], explainer: Explainer
    ) -> list[Finding]:
        first: dict[tuple[str, str], Statement] = {}
        for statement in statements:
            if statement.is_read and not statement.many:
                first.setdefault((statement.database, statement.fingerprint), statement)
        seen: dict[tuple[str, str, tuple[str, ...]], None] = {}
        findings: list[Finding] = []
        for statement in first.values():
            shape = self.shapes.shape(statement.sql)
            if not shape.filters_rows:
                continue
            plan = safe_explain(explainer, statement)
            if plan is None:
                continue
            for missing in missing_indexes(plan, shape):
                key = (statement.database, missing.table, missing.columns)
                if key in seen:
                    continue
                seen[key] = None
                findings.append(self._missing_index_finding(statement, shape, missing))
        return findings

    def _missing_index_finding(
        self, statement: Statement, shape: SqlShape, missing: MissingIndex
    ) -> Finding:
        site = statement.call_site
        assert site is not None
        columns = ", ".join(f"`{c}`" for c in missing.columns)
        orm_line = missing.orm_line(statement.origin, self.schema)
        message = (
            f"Missing index: EXPLAIN shows a full scan of `{missing.table}` for the filter on "
            f"{columns} in `{_short(statement.fingerprint)}`; every run reads the whole table "
            f"(`{missing.create_sql()}`)"
        )
        trace = [
            Step(self._location(site.path, site.line), f"runs the query; plan: {missing.scan}"),
        ]
        model = self.schema.model_for(missing.table)
        if model is not None and model.path:
            line = self.sources.class_line(model.path, model.class_name)
            where = "Meta.indexes" if model.framework == "django" else "__table_args__"
            if line:
                trace.append(
                    Step(self._location(model.path, line), f"add to {model.class_name}.{where}")
                )
        del shape
        return self._make(MISSING_INDEX, site, message, orm_line, tuple(trace))

    # -- helpers ----------------------------------------------------------------------------

    def _loop(self, statement: Statement) -> tuple[Loop | None, Frame | None]:
        for frame in statement.stack[:LOOP_SEARCH_DEPTH]:
            loop = self.sources.loop_around(frame.path, frame.line)
            if loop is not None:
                return loop, frame
        return None, None

    def _callers(self, statement: Statement) -> list[Step]:
        stack = statement.stack
        return [
            Step(self._location(stack[i].path, stack[i].line), f"calls `{stack[i - 1].function}`")
            for i in range(1, min(len(stack), 3))
        ]

    def _location(self, path: str, line: int) -> Location:
        text = self.sources.line(path, line)
        column = len(text) - len(text.lstrip()) if text.strip() else 0
        end = len(text.rstrip()) if text.strip() else None
        return Location(self.relative(path), line, column, line, end)

    def _make(
        self, code: str, site: Frame, message: str, fix: str, trace: tuple[Step, ...]
    ) -> Finding:
        rule = self.registry.get(code)
        if rule is not None:
            name, severity, confidence = rule.name, rule.severity, rule.confidence
            cwe, owasp = rule.cwe, rule.owasp
        else:
            name, severity, confidence = FALLBACK_RULES[code]
            cwe, owasp = (), ()
        return Finding(
            code=code,
            name=name,
            message=message,
            severity=severity,
            confidence=confidence,
            location=self._location(site.path, site.line),
            cwe=cwe,
            owasp=owasp,
            trace=trace,
            fix=fix,
            symbol=site.function if site.function != "<module>" else "",
            snippet=self.sources.line(site.path, site.line) or site.code,
        )

    def allowed(self, finding: Finding) -> bool:
        """Not silenced by a suppression comment on its line, nor by per-file-ignores (the
        project's `select` does not apply: running the review selects its rules)."""
        absolute = os.path.join(self.root, finding.path)
        for suppression in self.sources.suppressions(absolute):
            if suppression.applies_to(finding.line) and (
                finding.code in suppression.codes or finding.name in suppression.codes
            ):
                return False
        if self.selection is not None and finding.code in self.selection.enabled:
            return finding.code in self.selection.enabled_for(finding.path)
        return True


def with_rule_metadata(findings: Sequence[Finding], registry: Registry) -> list[Finding]:
    """The findings with the name, severity, confidence, CWE and OWASP of the registry's rules
    (for findings made while a rule was not loaded); the fingerprints do not change."""
    updated: list[Finding] = []
    for finding in findings:
        rule = registry.get(finding.code)
        if rule is not None:
            finding = replace(
                finding,
                name=rule.name,
                severity=rule.severity,
                confidence=rule.confidence,
                cwe=rule.cwe,
                owasp=rule.owasp,
            )
        updated.append(finding)
    return updated


def _merge(
    merged: dict[tuple[str, ...], _Occurrence],
    code: str,
    statement: Statement,
    context: str,
    count: int,
) -> _Occurrence:
    site = statement.call_site
    assert site is not None
    key = (code, statement.database, statement.fingerprint, site.path, str(site.line))
    occurrence = merged.get(key)
    if occurrence is None:
        occurrence = merged[key] = _Occurrence(code, site, statement)
    if context not in occurrence.contexts:
        occurrence.contexts.append(context)
    occurrence.count = max(occurrence.count, count)
    return occurrence


def _distinct(trace: list[Step]) -> tuple[Step, ...]:
    """Without a step on the same line as the step before it (a comprehension's own frame)."""
    kept: list[Step] = []
    for step in trace:
        previous = kept[-1].location if kept else None
        here = step.location
        same = previous is not None and (previous.path, previous.line) == (here.path, here.line)
        if not (same and step.note.startswith("calls ")):
            kept.append(step)
    return tuple(kept)


def _where(occurrence: _Occurrence) -> str:
    contexts = occurrence.contexts
    name = contexts[0] or "outside any test"
    more = f" and {len(contexts) - 1} more" if len(contexts) > 1 else ""
    return f"in `{name}`{more}"


def _short(sql: str) -> str:
    flat = " ".join(sql.split()).replace("`", "'")
    return flat if len(flat) <= SQL_WIDTH else flat[: SQL_WIDTH - 3] + "..."


__all__ = ["AnalysisCaches", "AnalysisSettings", "Relation", "analyze", "with_rule_metadata"]
