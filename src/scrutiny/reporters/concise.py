"""One line per finding, `path:line:col: CODE message`, then a count; for grep and editors.

Columns are 1-based, as editors expect in `path:line:col`.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrutiny.finding import Finding
from scrutiny.registry import Registry
from scrutiny.reporters._common import one_line, plural
from scrutiny.reporters._style import Palette
from scrutiny.reporters.options import RenderOptions


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    del registry  # the findings carry everything this format shows
    paint = Palette(options.color)
    lines = []
    for finding in findings:
        loc = finding.location
        where = paint(f"{one_line(loc.path)}:{loc.line}:{loc.column + 1}:", "bold")
        code = paint.severity(finding.code, finding.severity)
        lines.append(f"{where} {code} {one_line(finding.message)}")
    lines.append(f"Found {plural(len(findings), 'finding')}." if findings else "No findings.")
    return "\n".join(lines) + "\n"
