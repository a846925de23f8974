"""GitLab Code Quality: a JSON list of issues for merge request widgets.

Each issue has GitLab's required `description`, `check_name`, `fingerprint`, `severity` (`blocker`,
`critical`, `major`, `minor` or `info`, mapped from ours one step down the scale after blocker) and
`location` (`path`, `lines.begin`, `lines.end`), plus Code Climate's `type`, `categories`,
`engine_name` and, when there is a fix or a trace, `content.body`.

GitLab needs fingerprints to be unique within a report. Two findings may share one (same rule,
file, function and source line, such as a line repeated twice in one function); the second and
later get a fingerprint derived from the first and their rank, which stays stable between runs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from types import MappingProxyType
from typing import Any

from scrutiny.finding import Finding, Severity
from scrutiny.registry import Registry
from scrutiny.reporters._common import end_line_of
from scrutiny.reporters.options import RenderOptions

SEVERITIES = MappingProxyType(
    {
        Severity.CRITICAL: "blocker",
        Severity.HIGH: "critical",
        Severity.MEDIUM: "major",
        Severity.LOW: "minor",
        Severity.INFO: "info",
    }
)
CATEGORIES = MappingProxyType(
    {
        "SEC": "Security",
        "DB": "Performance",
        "ASY": "Performance",
        "REL": "Bug Risk",
        "SCR": "Bug Risk",
    }
)


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    del registry, options  # the findings carry everything an issue shows
    fingerprints = unique_fingerprints(findings)
    issues = [_issue(f, fp) for f, fp in zip(findings, fingerprints, strict=True)]
    return json.dumps(issues, indent=2, sort_keys=True) + "\n"


def unique_fingerprints(findings: Sequence[Finding]) -> list[str]:
    """Each finding's fingerprint, made unique in the report by rank among equal fingerprints."""
    seen: dict[str, int] = {}
    taken = {f.fingerprint for f in findings}
    result = []
    for finding in findings:
        base = finding.fingerprint
        rank = seen.get(base, 0)
        seen[base] = rank + 1
        fingerprint = base
        while rank and fingerprint in taken:
            fingerprint = hashlib.sha256(f"{base}\x1f{rank}".encode()).hexdigest()[:32]
            rank += 1
        taken.add(fingerprint)
        result.append(fingerprint)
    return result


def _issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    loc = finding.location
    issue: dict[str, Any] = {
        "type": "issue",
        "engine_name": "scrutiny",
        "check_name": finding.code,
        "description": f"{finding.code} {finding.message}",
        "categories": [CATEGORIES.get(finding.code.rstrip("0123456789"), "Bug Risk")],
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {"path": loc.path, "lines": {"begin": loc.line, "end": end_line_of(loc)}},
    }
    body = _body(finding)
    if body:
        issue["content"] = {"body": body}
    return issue


def _body(finding: Finding) -> str:
    parts = []
    if finding.trace:
        steps = [
            f"{n}. `{step.location.path}:{step.location.line}` {step.note}"
            for n, step in enumerate(finding.trace, start=1)
        ]
        parts.append("Trace:\n\n" + "\n".join(steps))
    if finding.fix:
        parts.append(f"Fix: {finding.fix}")
    return "\n\n".join(parts)
