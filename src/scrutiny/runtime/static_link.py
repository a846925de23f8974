"""Links a runtime N+1 to the static DB101 finding at the same spot, when the static check found it.

The static check (`scrutiny.check.check`, DB101 only, with the project's configuration and the
user cache) runs once over the project root, and only when the runtime review found an N+1. A
runtime finding is linked when a static DB101 sits on its call-site line or on the line of the
loop above it; the message then says so and the trace gains a step at the static finding.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from scrutiny.config import Config
from scrutiny.finding import Finding, Step
from scrutiny.registry import Registry

N_PLUS_ONE = "DB101"


def link_static(
    findings: Sequence[Finding], root: Path, registry: Registry, config: Config
) -> list[Finding]:
    if not any(f.code == N_PLUS_ONE for f in findings) or registry.get(N_PLUS_ONE) is None:
        return list(findings)
    static = _static_findings(root, registry, config)
    if not static:
        return list(findings)
    by_line = {(f.path, f.line): f for f in static}
    return [_linked(f, by_line) if f.code == N_PLUS_ONE else f for f in findings]


def _static_findings(root: Path, registry: Registry, config: Config) -> list[Finding]:
    from scrutiny.cache_location import default_cache_dir
    from scrutiny.check import CheckOptions, check

    only = replace(config, root=root, select=(N_PLUS_ONE,), extend_select=(), baseline=None)
    cache = None if os.environ.get("SCRUTINY_NO_CACHE") else default_cache_dir()
    try:
        report = check([root], only, registry, CheckOptions(jobs=1, cache_dir=cache))
    except Exception:  # the static check must never break the runtime report
        return []
    return [f for f in report.findings if f.code == N_PLUS_ONE]


def _linked(finding: Finding, static: dict[tuple[str, int], Finding]) -> Finding:
    candidates = [(finding.path, finding.line)]
    candidates += [(s.location.path, s.location.line) for s in finding.trace]
    match = next((static[key] for key in candidates if key in static), None)
    if match is None:
        return finding
    where = f"{match.path}:{match.line}"
    step = Step(match.location, f"the static check reports this N+1 too: {match.message}")
    return replace(
        finding,
        message=f"{finding.message} (also found by the static check at {where})",
        trace=(*finding.trace, step),
        fingerprint="",
    )
