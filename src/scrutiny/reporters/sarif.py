"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. `tool.driver.rules` lists only the rules that have at least one finding (in code order),
so the file stays small however many rules exist; each carries its full markdown doc as help. A
finding whose code is not in the registry gets a minimal descriptor built from the finding, so
every result's `ruleIndex` is valid.

Paths are relative URIs against `%SRCROOT%` (the project root, whose absolute URI is recorded only
when `RenderOptions.root_uri` is given). Columns are 1-based character positions
(`columnKind: unicodeCodePoints`), `endColumn` is exclusive, as SARIF specifies.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

from scrutiny.finding import Confidence, Finding, Location, Severity
from scrutiny.registry import Registry
from scrutiny.reporters._common import doc_section, end_line_of
from scrutiny.reporters.options import RenderOptions
from scrutiny.rule import AREAS, Rule
from scrutiny.rule import Status as RuleStatus

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "scrutiny/v1"

LEVELS = MappingProxyType(
    {
        Severity.CRITICAL: "error",
        Severity.HIGH: "error",
        Severity.MEDIUM: "warning",
        Severity.LOW: "note",
        Severity.INFO: "note",
    }
)
SECURITY_SEVERITY = MappingProxyType(
    {
        Severity.CRITICAL: "9.5",
        Severity.HIGH: "8.0",
        Severity.MEDIUM: "5.5",
        Severity.LOW: "3.0",
        Severity.INFO: "1.0",
    }
)
PROBLEM_SEVERITY = MappingProxyType(
    {
        Severity.CRITICAL: "error",
        Severity.HIGH: "error",
        Severity.MEDIUM: "warning",
        Severity.LOW: "recommendation",
        Severity.INFO: "recommendation",
    }
)
PRECISION = MappingProxyType(
    {Confidence.HIGH: "high", Confidence.MEDIUM: "medium", Confidence.LOW: "low"}
)


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    rules = _rules_used(findings, registry)
    index = {code: i for i, code in enumerate(rules)}
    driver: dict[str, Any] = {
        "name": "scrutiny",
        "version": options.tool_version,
        "informationUri": options.information_uri,
        "rules": [_rule_descriptor(code, rule) for code, rule in rules.items()],
    }
    root: dict[str, Any] = {"description": {"text": "The root of the analysed project."}}
    if options.root_uri:
        root["uri"] = options.root_uri if options.root_uri.endswith("/") else options.root_uri + "/"
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: root},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.code]) for f in findings],
    }
    document = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def _rules_used(findings: Sequence[Finding], registry: Registry) -> dict[str, Rule | Finding]:
    """Code -> the registry's rule (or, failing that, the first finding) for every code used."""
    known = {rule.code: rule for rule in registry.rules}
    used: dict[str, Rule | Finding] = {}
    for finding in findings:
        used.setdefault(finding.code, known.get(finding.code, finding))
    return dict(sorted(used.items()))


def _rule_descriptor(code: str, rule: Rule | Finding) -> dict[str, Any]:
    if isinstance(rule, Finding):  # not in the registry: describe it from what the finding knows
        return {
            "id": code,
            "name": rule.name,
            "shortDescription": {"text": rule.name},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": _rule_properties(code, rule.severity, rule.confidence, rule.cwe, ()),
        }
    summary = rule.summary or rule.title or rule.name
    full = "\n\n".join(
        part
        for part in (doc_section(rule.doc, "What it does"), doc_section(rule.doc, "Why it matters"))
        if part
    )
    owasp = tuple(f"owasp/{category}" for category in rule.owasp)
    properties = _rule_properties(code, rule.severity, rule.confidence, rule.cwe, owasp)
    if rule.status is RuleStatus.PREVIEW:
        properties["tags"].append("preview")
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full or summary},
        "help": {"text": rule.doc.strip() or summary, "markdown": rule.doc.strip() or summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": properties,
    }


def _rule_properties(
    code: str,
    severity: Severity,
    confidence: Confidence,
    cwe: Sequence[int],
    extra_tags: Sequence[str],
) -> dict[str, Any]:
    area = AREAS.get(code.rstrip("0123456789"))
    tags: list[str] = [area] if area else []
    tags.extend(f"external/cwe/cwe-{number}" for number in cwe)
    tags.extend(tag for tag in extra_tags if tag not in tags)
    return {
        "tags": tags,
        "security-severity": SECURITY_SEVERITY[severity],
        "precision": PRECISION[confidence],
        "problem.severity": PROBLEM_SEVERITY[severity],
    }


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding.location, finding.snippet)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "severity": finding.severity.label,
            "confidence": finding.confidence.label,
        },
    }
    if finding.symbol:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": finding.symbol}]
    if finding.fix:
        result["properties"]["fix"] = finding.fix
    if finding.trace:
        steps = [
            {"location": {**_location(step.location), "message": {"text": step.note}}}
            for step in finding.trace
        ]
        result["codeFlows"] = [{"threadFlows": [{"locations": steps}]}]
    return result


def _location(location: Location, snippet: str = "") -> dict[str, Any]:
    """A SARIF location; `snippet`, the text of the first line, goes in a context region."""
    region: dict[str, Any] = {
        "startLine": location.line,
        "startColumn": location.column + 1,
        "endLine": end_line_of(location),
    }
    if location.end_column is not None and (
        region["endLine"] > location.line or location.end_column > location.column
    ):
        region["endColumn"] = location.end_column + 1
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": quote(location.path, safe="/"), "uriBaseId": SRCROOT},
        "region": region,
    }
    first_line = snippet.splitlines()[0] if snippet.strip() else ""
    if first_line:
        physical["contextRegion"] = {
            "startLine": location.line,
            "endLine": location.line,
            "snippet": {"text": first_line},
        }
    return {"physicalLocation": physical}
