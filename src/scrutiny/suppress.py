"""Suppression comments: `# noqa: CODE` and `# scrutiny: ignore[CODE] -- reason`.

Comments are read with `tokenize`, so a `# noqa` inside a string is not a comment. A suppression
on any line of a statement covers the whole statement (for compound statements: their header);
a suppression alone on its line covers the statement that follows it. Bare `# noqa` belongs to
flake8 and Ruff and is left alone; codes that are not Scrutiny's (`E501`) are ignored too.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass

from scrutiny.rule import CODE_PATTERN

_NOQA = re.compile(r"#\s*noqa\s*:\s*(?P<codes>[A-Za-z0-9_\-]+(?:[\s,]+[A-Za-z0-9_\-]+)*)", re.I)
_IGNORE = re.compile(
    r"#\s*scrutiny\s*:\s*ignore(?:\[(?P<codes>[^\]]*)\])?(?:\s*--\s*(?P<reason>.*))?", re.I
)
_MAYBE_SUPPRESSION = re.compile(r"#.*(noqa|scrutiny)", re.I)
_SCRUTINY_CODE = re.compile(r"^(SEC|DB|ASY|REL|SCR)\d+$", re.I)


@dataclass(frozen=True)
class Suppression:
    line: int  # where the comment is
    column: int
    codes: tuple[str, ...]  # Scrutiny codes or rule names; empty for a blanket ignore
    covers: tuple[int, int]  # first and last line it applies to
    kind: str  # "noqa" | "ignore"
    reason: str | None

    def applies_to(self, line: int) -> bool:
        return self.covers[0] <= line <= self.covers[1]


def find_suppressions(text: str, tree: ast.Module | None) -> tuple[Suppression, ...]:
    if not _MAYBE_SUPPRESSION.search(text):
        return ()  # tokenizing is the slow part; most files have nothing to find
    comments, code_lines = _scan(text)
    if not comments:
        return ()
    parsed = [(line, column, _parse(comment)) for line, column, comment in comments]
    wanted = [(line, column, p) for line, column, p in parsed if p is not None]
    if not wanted:
        return ()
    spans = _statement_spans(tree) if tree is not None else {}
    ordered_code_lines = sorted(code_lines)
    found: list[Suppression] = []
    for line, column, (kind, codes, reason) in wanted:
        if line in code_lines:
            covers = spans.get(line, (line, line))
        else:
            following = next((n for n in ordered_code_lines if n > line), line)
            covers = spans.get(following, (following, following))
            covers = (min(line, covers[0]), covers[1])
        found.append(Suppression(line, column, codes, covers, kind, reason))
    return tuple(found)


def _parse(comment: str) -> tuple[str, tuple[str, ...], str | None] | None:
    ignore = _IGNORE.search(comment)
    if ignore is not None:
        raw = ignore.group("codes") or ""
        codes = tuple(c.strip() for c in re.split(r"[\s,]+", raw) if c.strip())
        return "ignore", tuple(_canonical(c) for c in codes), ignore.group("reason")
    noqa = _NOQA.search(comment)
    if noqa is not None:
        codes = tuple(
            c.upper() for c in re.split(r"[\s,]+", noqa.group("codes")) if _SCRUTINY_CODE.match(c)
        )
        return ("noqa", codes, None) if codes else None
    return None


def _canonical(code: str) -> str:
    return code.upper() if CODE_PATTERN.match(code.upper()) else code.lower()


def _scan(text: str) -> tuple[list[tuple[int, int, str]], set[int]]:
    """One tokenize pass: the comments, and the lines that hold code."""
    comments: list[tuple[int, int, str]] = []
    code_lines: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                comments.append((token.start[0], token.start[1], token.string))
            elif token.type not in _LAYOUT_TOKENS:
                code_lines.update(range(token.start[0], token.end[0] + 1))
    except (tokenize.TokenError, SyntaxError):
        pass
    return comments, code_lines


_LAYOUT_TOKENS = frozenset(
    {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
)


def _statement_spans(tree: ast.Module) -> dict[int, tuple[int, int]]:
    """For each line, the innermost statement (or compound statement header) that spans it."""
    spans: dict[int, tuple[int, int]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        end = node.end_lineno or node.lineno
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.AST):
            end = max(node.lineno, body[0].lineno - 1)  # type: ignore[attr-defined]
        for line in range(start, end + 1):
            current = spans.get(line)
            if current is None or (end - start) < (current[1] - current[0]):
                spans[line] = (start, end)
    return spans
