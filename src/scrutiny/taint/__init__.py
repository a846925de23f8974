"""The taint engine: per-function summaries in workers, source-to-sink flows in the project phase.

`summarize_file` (worker) and `taint_findings` (project phase) are the engine's two entry points;
taint rules are pure data (`Rule.taint`), matched here against the flows.
"""

from __future__ import annotations

from collections.abc import Iterable

from scrutiny.context import ProjectReporter
from scrutiny.finding import Finding
from scrutiny.frameworks.taint_sinks import FIX_HINTS
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex
from scrutiny.taint.collect import summarize_file
from scrutiny.taint.solve import Solver
from scrutiny.taint.summary import ModuleTaint
from scrutiny.taint.templates import TemplateIndex

FACTS_KEY = "taint"  # where per-file summaries travel in a FileResult's facts

__all__ = ["FACTS_KEY", "TemplateIndex", "summarize_file", "taint_findings"]


def taint_findings(
    index: ProjectIndex,
    modules: Iterable[ModuleTaint],
    rules: Iterable[Rule],
    templates: TemplateIndex | None = None,
) -> list[Finding]:
    taint_rules = [r for r in rules if r.taint is not None]
    if not taint_rules:
        return []
    flows = Solver(index, modules, templates).flows()
    findings: list[Finding] = []
    for rule in taint_rules:
        spec = rule.taint
        assert spec is not None
        reporter = ProjectReporter(rule)
        for flow in flows:
            if flow.kind != spec.sink_kind or flow.source.kind not in spec.source_kinds:
                continue
            what = flow.source.what
            source = (
                what if "`" in what else f"`{what}`"
            )  # `request.args["q"]`, route parameter `q`
            reporter.report(
                flow.sink.site,
                f"{rule.title}: {source} reaches {flow.sink.what}",
                fix=FIX_HINTS.get(flow.kind),
                trace=flow.steps,
            )
        findings.extend(reporter.findings)
    return findings
