"""The fixture grammar: `# expect: CODE[, CODE]`, `# ok: CODE`, `# todo-expect: CODE`,
`# todo-fp: CODE`.

`ok` marks a tricky negative (the rule must stay silent there; an unmarked line asserts the same,
the mark makes the intent visible and lets the registry test count negatives per rule).

Parsed with a regex (never `eval`). A fixture is a `.py` file, or a directory holding a small
project (for rules that look across files); every `.py` file inside it may carry marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MARK = re.compile(
    r"#\s*(?P<kind>expect|ok|todo-expect|todo-fp)\s*:\s*(?P<codes>[A-Z]+\d{3}(?:\s*,\s*[A-Z]+\d{3})*)"
)


@dataclass(frozen=True)
class Mark:
    path: str  # relative to the fixture root, posix
    line: int
    code: str
    kind: str  # "expect" | "ok" | "todo-expect" | "todo-fp"


def read_marks(root: Path, files: list[Path]) -> list[Mark]:
    marks: list[Mark] = []
    for file in files:
        relative = file.relative_to(root).as_posix()
        text = file.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            for match in MARK.finditer(line):
                for code in re.split(r"\s*,\s*", match.group("codes")):
                    marks.append(Mark(relative, number, code, match.group("kind")))
    return marks


def fixture_files(fixture: Path) -> tuple[Path, list[Path]]:
    """The root that paths are relative to, and the Python files of the fixture."""
    if fixture.is_dir():
        return fixture, sorted(fixture.rglob("*.py"))
    return fixture.parent, [fixture]


def discover_fixtures(base: Path) -> list[Path]:
    """Every fixture under base: `<area>/<name>.py` files and `<area>/<name>/` directories."""
    found: list[Path] = []
    for area in sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for entry in sorted(area.iterdir()):
            if entry.name.startswith(("_", ".")) or entry.name == "__pycache__":
                continue
            if entry.is_dir() or entry.suffix == ".py":
                found.append(entry)
    return found


def render_mismatch(
    root: Path, files: list[Path], problems: dict[tuple[str, int], list[str]]
) -> str:
    """The fixture's source with each problem printed under its line, for a readable failure."""
    out: list[str] = []
    for file in files:
        relative = file.relative_to(root).as_posix()
        lines = file.read_text(encoding="utf-8").splitlines()
        if not any(path == relative for path, _ in problems):
            continue
        out.append(f"--- {relative}")
        for number, line in enumerate(lines, start=1):
            out.append(f"{number:4} | {line}")
            for problem in problems.get((relative, number), []):
                out.append(f"     ^ {problem}")
    return "\n".join(out)
