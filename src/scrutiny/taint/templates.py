"""Where a Django or Jinja2 template prints a context variable without escaping.

Both engines escape `{{ value }}` by default; the exceptions are the `safe` (and `safeseq`)
filter and `{% autoescape off %}` / `{% autoescape false %}` blocks. This module finds those
places, by line, so a taint flow can continue from a view's `render(...)` context into the
template file. It reads template text only; it never renders or executes anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from scrutiny.frameworks.templates import TEMPLATE_DIRECTORIES

_TAG = re.compile(r"{%-?\s*(?P<tag>autoescape|endautoescape)\b\s*(?P<arg>\w*)\s*-?%}")
_VARIABLE = re.compile(r"{{-?\s*(?P<expr>.*?)\s*-?}}", re.S)
_NAME = re.compile(r"^(?P<name>[A-Za-z_]\w*)")
_UNSAFE_FILTER = re.compile(r"\|\s*(safe|safeseq)\b")
_ESCAPING_FILTER = re.compile(r"\|\s*(escape|e|force_escape|escapejs|urlencode)\b")
_REFERENCE = re.compile(r"{%-?\s*(?:include|extends)\s+[\"'](?P<name>[^\"']+)[\"']")


@dataclass(frozen=True)
class UnsafeUse:
    variable: str  # the context key (`comment` for `{{ comment.body|safe }}`)
    line: int
    snippet: str
    why: str  # "`|safe` filter" or "`{% autoescape off %}` block"


def unsafe_uses(text: str) -> tuple[UnsafeUse, ...]:
    """Every `{{ ... }}` that prints without escaping, with the context variable it reads."""
    blocks = _autoescape_blocks(text)
    lines = text.splitlines()
    found: list[UnsafeUse] = []
    for match in _VARIABLE.finditer(text):
        expression = match.group("expr")
        name = _NAME.match(expression)
        if name is None:
            continue
        position = match.start()
        unsafe = _UNSAFE_FILTER.search(expression)
        if unsafe and not _ESCAPING_FILTER.search(expression, 0, unsafe.start()):
            why = "`|safe` filter"
        elif _escaping_off(blocks, position) and not _ESCAPING_FILTER.search(expression):
            why = "`{% autoescape off %}` block"
        else:
            continue
        line = text.count("\n", 0, position) + 1
        snippet = lines[line - 1] if line <= len(lines) else ""
        found.append(UnsafeUse(name.group("name"), line, snippet, why))
    return tuple(found)


def _autoescape_blocks(text: str) -> list[tuple[int, int, bool]]:
    """Every `{% autoescape %}` block: (start, end, whether it turns escaping off)."""
    blocks: list[tuple[int, int, bool]] = []
    stack: list[tuple[int, bool]] = []
    for match in _TAG.finditer(text):
        if match.group("tag") == "autoescape":
            stack.append((match.end(), match.group("arg").lower() in ("off", "false")))
        elif stack:
            start, off = stack.pop()
            blocks.append((start, match.start(), off))
    blocks.extend((start, len(text), off) for start, off in stack)
    return blocks


def _escaping_off(blocks: list[tuple[int, int, bool]], position: int) -> bool:
    """The setting of the innermost block around `position` (escaping is on outside blocks)."""
    inside = [(start, off) for start, end, off in blocks if start <= position < end]
    return max(inside)[1] if inside else False


def references(text: str) -> tuple[str, ...]:
    """The templates this one includes or extends: they see the same context."""
    return tuple(match.group("name") for match in _REFERENCE.finditer(text))


@dataclass(frozen=True)
class TemplateUse:
    path: str  # the template file, as displayed
    use: UnsafeUse


@dataclass
class TemplateIndex:
    """The project's template files, looked up by the name a view renders them by.

    A name (`shop/search.html`) matches a file under a template directory
    (`shop/templates/shop/search.html`, `templates/shop/search.html`). Scanning is lazy and
    memoized: only templates that a tainted context reaches are read for unsafe uses.
    """

    texts: Mapping[str, str]  # display path -> text
    _uses: dict[str, tuple[UnsafeUse, ...]] = field(default_factory=dict)

    def path_of(self, name: str) -> str | None:
        name = name.lstrip("/")
        found = [
            path
            for path in self.texts
            if any(
                path == f"{directory}/{name}" or path.endswith(f"/{directory}/{name}")
                for directory in TEMPLATE_DIRECTORIES
            )
        ]
        return min(found, key=lambda p: (p.count("/"), p)) if found else None

    def unsafe_use(self, name: str, variable: str) -> TemplateUse | None:
        """Where template `name`, or one it includes or extends, prints `variable` unescaped."""
        seen: set[str] = set()
        pending = [name]
        while pending:
            path = self.path_of(pending.pop(0))
            if path is None or path in seen:
                continue
            seen.add(path)
            if path not in self._uses:
                self._uses[path] = unsafe_uses(self.texts[path])
            for use in self._uses[path]:
                if use.variable == variable:
                    return TemplateUse(path, use)
            pending.extend(references(self.texts[path]))
        return None
