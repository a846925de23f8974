"""The default, human format: findings grouped by file, each with a code frame, trace and fix.

```
app/db.py  (1 finding)
app/db.py:12:20: SEC101 [critical/high] SQL built from request data reaches `cursor.execute`
   |
12 |     cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
   |                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = trace:
       1. app/views.py:8  request.GET["name"] (user input)
       2. app/db.py:12    reaches cursor.execute (SQL sink)
   = fix: pass the values as parameters: cursor.execute(sql, [name])

Found 1 finding (1 critical) in 1 file (12 checked).
```

Columns in headers are 1-based, as editors and other linters print them. Every piece of text that
comes from the analysed code has its control characters made visible, so a hostile source file
cannot send escape sequences to the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from scrutiny.finding import Finding, Step
from scrutiny.registry import Registry
from scrutiny.reporters._common import clean, group_by_path, one_line, plural, severity_counts
from scrutiny.reporters._style import Palette
from scrutiny.reporters.options import RenderOptions

TAB_WIDTH = 4


def render(findings: Sequence[Finding], registry: Registry, options: RenderOptions) -> str:
    del registry  # the findings carry everything this format shows
    paint = Palette(options.color)
    blocks: list[str] = []
    for path, group in group_by_path(findings):
        count = paint(f"({plural(len(group), 'finding')})", "dim")
        heading = f"{paint(one_line(path), 'bold', 'underline')}  {count}"
        blocks.append("\n\n".join([heading, *(_finding(f, paint) for f in group)]))
    blocks.append(_summary(findings, options, paint))
    return "\n\n".join(blocks) + "\n"


def _finding(finding: Finding, paint: Palette) -> str:
    loc = finding.location
    code = paint.severity(finding.code, finding.severity)
    rating = (
        paint.severity(finding.severity.label, finding.severity)
        + paint("/", "dim")
        + paint(finding.confidence.label, "dim")
    )
    where = paint(f"{one_line(loc.path)}:{loc.line}:{loc.column + 1}:", "bold")
    header = f"{where} {code} [{rating}] {paint(one_line(finding.message), 'bold')}"

    source_lines = finding.snippet.splitlines()
    last_line = loc.line + max(len(source_lines) - 1, 0)
    gutter = len(str(last_line))
    bar = paint(f"{' ' * gutter} |", "blue")
    lines = [header]
    notes = _notes(finding, paint)
    if source_lines:
        lines.append(bar)
        lines.extend(_frame(finding, source_lines, gutter, paint))
        if notes:
            lines.append(bar)
    marker = paint("=", "blue")
    for first, *rest in notes:
        lines.append(f"{' ' * gutter} {marker} {first}")
        lines.extend(f"{' ' * gutter}   {row}" for row in rest)
    return "\n".join(lines)


def _frame(finding: Finding, source_lines: list[str], gutter: int, paint: Palette) -> list[str]:
    """The numbered source lines, with a caret underline below the first when it can be placed."""
    loc = finding.location
    rows: list[str] = []
    for offset, source in enumerate(source_lines):
        number = paint(f"{loc.line + offset:>{gutter}} |", "blue")
        shown = _Shown.of(source)
        rows.append(f"{number} {shown.text}".rstrip())
        if offset == 0:
            start, width = _underline(finding, shown)
            marks = paint.severity("^" * width, finding.severity)
            rows.append(f"{paint(' ' * gutter + ' |', 'blue')} {' ' * start}{marks}")
    return rows


def _underline(finding: Finding, shown: _Shown) -> tuple[int, int]:
    """Display start and width of the underline for the finding's span on its first line."""
    loc = finding.location
    start = shown.cell(loc.column)
    same_line = loc.end_line is None or loc.end_line == loc.line
    if same_line and loc.end_column is not None:
        end = shown.cell(loc.end_column)
    elif same_line:
        end = start + 1
    else:  # a multi-line span: underline to the end of the first line's text
        end = shown.cell(len(shown.source.rstrip()))
    return start, max(end - start, 1)


@dataclass(frozen=True)
class _Shown:
    """A source line as displayed, with the display cell where each character starts."""

    source: str
    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, source: str) -> _Shown:
        pieces: list[str] = []
        starts: list[int] = []
        cell = 0
        for char in source:
            starts.append(cell)
            piece = " " * (TAB_WIDTH - cell % TAB_WIDTH) if char == "\t" else clean(char)
            pieces.append(piece)
            cell += sum(_cells(c) for c in piece)
        starts.append(cell)
        return cls(source, "".join(pieces), tuple(starts))

    def cell(self, column: int) -> int:
        """The display cell of a 0-based character column (clamped; past the end extends it)."""
        if column < 0:
            return 0
        if column < len(self.starts):
            return self.starts[column]
        return self.starts[-1] + (column - len(self.source))


def _cells(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1


def _notes(finding: Finding, paint: Palette) -> list[list[str]]:
    """The `= trace:` and `= fix:` notes, each a list of rows."""
    notes: list[list[str]] = []
    if finding.trace:
        notes.append([paint("trace:", "bold"), *_trace(finding.trace, paint)])
    if finding.fix:
        first, *rest = clean(finding.fix.strip(), keep_newlines=True).split("\n")
        label = paint("fix:", "bold", "green")
        notes.append([f"{label} {first}", *(f"     {line}".rstrip() for line in rest)])
    return notes


def _trace(trace: Sequence[Step], paint: Palette) -> list[str]:
    number_width = len(str(len(trace)))
    places = [f"{one_line(step.location.path)}:{step.location.line}" for step in trace]
    place_width = max(len(p) for p in places)
    rows = []
    for index, (step, place) in enumerate(zip(trace, places, strict=True), start=1):
        number = paint(f"{index:>{number_width}}.", "dim")
        padded = paint(place, "cyan") + " " * (place_width - len(place))
        rows.append(f"  {number} {padded}  {one_line(step.note)}".rstrip())
    return rows


def _summary(findings: Sequence[Finding], options: RenderOptions, paint: Palette) -> str:
    checked = options.files_checked
    if not findings:
        text = f"No findings in {plural(checked, 'file')}." if checked else "No findings."
        lines = [paint(text, "bold", "green")]
    else:
        by_severity = ", ".join(
            paint.severity(f"{count} {severity.label}", severity)
            for severity, count in severity_counts(findings)
        )
        files = len({f.path for f in findings})
        scope = plural(files, "file") + (f" ({checked} checked)" if checked >= files else "")
        found = paint(f"Found {plural(len(findings), 'finding')}", "bold")
        lines = [f"{found} ({by_severity}) in {scope}."]
    if options.fixed_baseline > 0:
        fixed = options.fixed_baseline
        verb = "no longer occurs" if fixed == 1 else "no longer occur"
        lines.append(
            paint(
                f"{plural(fixed, 'baselined finding')} {verb}; update the baseline to drop "
                + ("it." if fixed == 1 else "them."),
                "dim",
            )
        )
    return "\n".join(lines)
