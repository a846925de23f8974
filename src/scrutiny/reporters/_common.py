"""Small pure helpers shared by several reporters."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from scrutiny.finding import Finding, Location, Severity

SEVERITIES_DESCENDING: tuple[Severity, ...] = tuple(sorted(Severity, reverse=True))


def plural(count: int, word: str) -> str:
    """`1 finding`, `2 findings`."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def severity_counts(findings: Iterable[Finding]) -> list[tuple[Severity, int]]:
    """Non-zero counts per severity, most severe first."""
    counts = Counter(f.severity for f in findings)
    return [(s, counts[s]) for s in SEVERITIES_DESCENDING if counts[s]]


def group_by_path(findings: Sequence[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by file, files in order of first appearance, findings in input order."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.path, []).append(finding)
    return list(groups.items())


def end_line_of(location: Location) -> int:
    """The last line of a span (never before its first line)."""
    if location.end_line is None:
        return location.line
    return max(location.line, location.end_line)


def visible(char: str) -> str:
    """A printable stand-in for a control character, so untrusted text cannot drive a terminal.

    C0 controls and DEL become Unicode control pictures (as rustc does); C1 controls and other
    format characters (bidi overrides, zero-width marks) become `<U+XXXX>`.
    """
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"}:
        return f"<U+{code:04X}>"
    return char


def clean(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control character made visible (tabs become spaces)."""
    out: list[str] = []
    for char in text:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif char == "\t":
            out.append("    ")
        elif char == "\r" and keep_newlines:
            continue
        else:
            out.append(visible(char))
    return "".join(out)


def one_line(text: str) -> str:
    """`text` on a single line: line breaks folded into spaces, controls made visible."""
    return clean(" ".join(text.split("\n")).replace("\r", ""))


def doc_section(doc: str, title: str) -> str:
    """The body of the `## title` section of a rule's markdown doc, or "" when it has none."""
    lines = doc.strip().splitlines()
    heading = f"## {title}".lower()
    for index, line in enumerate(lines):
        if line.strip().lower() == heading:
            body: list[str] = []
            for following in lines[index + 1 :]:
                if following.startswith("## "):
                    break
                body.append(following)
            return "\n".join(body).strip()
    return ""
