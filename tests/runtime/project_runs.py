"""Running the real projects under tests/projects/ with `pytest --scrutiny`, and reading the
`# planted: CODE` marks of their sources (the lines where the runtime review must report)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PROJECTS = Path(__file__).resolve().parent.parent / "projects"
# `# planted: DB101` at the end of a project's line: the runtime review must report that code there
PLANTED = re.compile(r"#\s*planted:\s*(?P<codes>[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)\s*$")


@dataclass(frozen=True, order=True)
class Site:
    """Where a finding is reported: its code and its call site, relative to the project root."""

    code: str
    path: str
    line: int


def planted_sites(project: Path) -> set[Site]:
    """The `# planted: CODE` marks of a project's sources (not its tests)."""
    sites: set[Site] = set()
    for source in sorted(project.rglob("*.py")):
        relative = source.relative_to(project).as_posix()
        if relative.startswith("tests/"):
            continue
        for number, text in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            match = PLANTED.search(text)
            if match:
                for code in match["codes"].split(","):
                    sites.add(Site(code.strip(), relative, number))
    return sites


@dataclass(frozen=True)
class ProjectRun:
    result: pytest.RunResult
    findings: tuple[dict[str, Any], ...]

    def sites(self) -> set[Site]:
        return {
            Site(f["code"], f["location"]["path"], f["location"]["line"]) for f in self.findings
        }

    def at(self, code: str, path: str) -> list[dict[str, Any]]:
        return [f for f in self.findings if f["code"] == code and f["location"]["path"] == path]

    def describe(self) -> str:
        """Every finding and the end of the inner run's output, for assertion messages."""
        lines = [
            f"{f['code']} {f['location']['path']}:{f['location']['line']}: {f['message']}"
            for f in self.findings
        ]
        output = "\n".join(self.result.outlines[-40:] + self.result.errlines[-20:])
        return "findings:\n  " + "\n  ".join(lines or ["(none)"]) + "\n--- output ---\n" + output

    def compare(self, expected: set[Site]) -> str:
        found = self.sites()
        missing = sorted(expected - found)
        unexpected = sorted(found - expected)
        return f"missing: {missing}\nunexpected: {unexpected}\n{self.describe()}"


RunProject = Callable[..., ProjectRun]
