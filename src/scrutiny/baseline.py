"""Baselines: accept the findings a project has today, report only new ones.

Entries are keyed by fingerprint (rule, path, enclosing symbol, normalized source line), never by
line number, so code that merely moves stays baselined. Counts are kept, so a second copy of a
baselined problem in the same function is still reported.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scrutiny.finding import Finding

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


@dataclass(frozen=True)
class BaselineEntry:
    fingerprint: str
    code: str
    path: str
    symbol: str
    message: str


def render_baseline(findings: Sequence[Finding]) -> str:
    entries = [
        {
            "fingerprint": f.fingerprint,
            "code": f.code,
            "path": f.path,
            "symbol": f.symbol,
            "message": f.message,
        }
        for f in findings
    ]
    return (
        json.dumps({"version": FORMAT_VERSION, "findings": entries}, indent=2, sort_keys=True)
        + "\n"
    )


def load_baseline(path: Path) -> list[BaselineEntry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise BaselineError(f"{path}: cannot read baseline: {err.strerror or err}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise BaselineError(f"{path}: not a Scrutiny baseline (invalid JSON: {err})") from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise BaselineError(f"{path}: not a Scrutiny baseline (expected version {FORMAT_VERSION})")
    try:
        return [BaselineEntry(**entry) for entry in data["findings"]]
    except (KeyError, TypeError) as err:
        raise BaselineError(f"{path}: malformed baseline entry: {err}") from None


def apply_baseline(
    findings: Sequence[Finding], entries: Sequence[BaselineEntry]
) -> tuple[list[Finding], list[BaselineEntry]]:
    """The findings not covered by the baseline, and the baseline entries that no longer occur."""
    remaining = Counter(e.fingerprint for e in entries)
    kept: list[Finding] = []
    for finding in findings:
        if remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
        else:
            kept.append(finding)
    fixed: list[BaselineEntry] = []
    for entry in entries:
        if remaining[entry.fingerprint] > 0:
            remaining[entry.fingerprint] -= 1
            fixed.append(entry)
    return kept, fixed
