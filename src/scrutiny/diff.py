"""`--diff-base REF`: which lines changed since a git ref, so only findings on them are reported."""

from __future__ import annotations

import re
from pathlib import Path

from scrutiny.discovery import display_path

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
ALL_LINES = frozenset({-1})


class DiffError(Exception):
    pass


def _git(root: Path, *args: str) -> str:
    import subprocess  # only runs with --diff-base pay for the import

    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise DiffError(f"cannot run git: {err}") from None
    if completed.returncode != 0:
        raise DiffError(f"git {' '.join(args)} failed: {completed.stderr.strip()}")
    return completed.stdout


def changed_lines(root: Path, base: str) -> dict[str, frozenset[int]]:
    """Root-relative path -> changed line numbers (`ALL_LINES` for untracked files)."""
    top = Path(_git(root, "rev-parse", "--show-toplevel").strip())
    _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    diff = _git(root, "diff", "--no-color", "--no-ext-diff", "-U0", base, "--")
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
            if target == "/dev/null":
                current = None
                continue
            target = target[2:] if target.startswith("b/") else target
            current = changed.setdefault(display_path(top / target, root), set())
        elif current is not None and (match := _HUNK.match(line)):
            start, count = int(match.group(1)), int(match.group(2) or "1")
            current.update(range(start, start + count))
    result = {path: frozenset(lines) for path, lines in changed.items()}
    for untracked in _git(
        root, "ls-files", "--others", "--exclude-standard", "--full-name"
    ).splitlines():
        result[display_path(top / untracked, root)] = ALL_LINES
    return result


def is_changed(changed: dict[str, frozenset[int]], path: str, first: int, last: int) -> bool:
    lines = changed.get(path)
    if lines is None:
        return False
    if lines is ALL_LINES:
        return True
    return any(line in lines for line in range(first, last + 1))
