"""A JSON document of every finding with every field, for scripts and for round-tripping.

```
{"findings": [...], "files_checked": 12, "version": "0.1.0"}
```

Each finding carries `code`, `name`, `message`, `severity` and `confidence` (lowercase labels),
`location` (`path`, 1-based `line`, 0-based `column`, `end_line`, `end_column`), `cwe`, `owasp`,
`trace` (a list of `{location, note}`), `fix`, `fingerprint`, `symbol` and `snippet`. Keys are
sorted and the indent fixed, so equal runs give byte-identical files. `parse` reads it back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from scrutiny.finding import Confidence, Finding, Location, Severity, Step
from scrutiny.registry import Registry
from scrutiny.reporters.options import RenderOptions


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    del registry  # the findings carry everything this format shows
    document = {
        "version": options.tool_version,
        "files_checked": options.files_checked,
        "findings": [finding_to_dict(f) for f in findings],
    }
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "message": finding.message,
        "severity": finding.severity.label,
        "confidence": finding.confidence.label,
        "location": _location_to_dict(finding.location),
        "cwe": list(finding.cwe),
        "owasp": list(finding.owasp),
        "trace": [
            {"location": _location_to_dict(s.location), "note": s.note} for s in finding.trace
        ],
        "fix": finding.fix,
        "fingerprint": finding.fingerprint,
        "symbol": finding.symbol,
        "snippet": finding.snippet,
    }


def _location_to_dict(location: Location) -> dict[str, Any]:
    return {
        "path": location.path,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
    }


def parse(text: str) -> tuple[Finding, ...]:
    """The findings of a document written by `render` (raises ValueError/KeyError if malformed)."""
    document = json.loads(text)
    return tuple(finding_from_dict(item) for item in document["findings"])


def finding_from_dict(data: dict[str, Any]) -> Finding:
    return Finding(
        code=str(data["code"]),
        name=str(data["name"]),
        message=str(data["message"]),
        severity=Severity.parse(data["severity"]),
        confidence=Confidence.parse(data["confidence"]),
        location=_location_from_dict(data["location"]),
        cwe=tuple(int(c) for c in data.get("cwe", ())),
        owasp=tuple(str(o) for o in data.get("owasp", ())),
        trace=tuple(
            Step(_location_from_dict(s["location"]), str(s["note"])) for s in data.get("trace", ())
        ),
        fix=data.get("fix"),
        symbol=str(data.get("symbol", "")),
        snippet=str(data.get("snippet", "")),
        fingerprint=str(data.get("fingerprint", "")),
    )


def _location_from_dict(data: dict[str, Any]) -> Location:
    return Location(
        path=str(data["path"]),
        line=int(data["line"]),
        column=int(data.get("column", 0)),
        end_line=data.get("end_line"),
        end_column=data.get("end_column"),
    )
