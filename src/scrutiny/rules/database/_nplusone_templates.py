"""What a Django or Jinja2 template does with each row of a context variable it loops over.

Not a rule. `template_loops(templates, name, variable)` reads the template `name` (and the ones
it extends or includes) for `{% for o in variable %}` blocks and returns the attribute paths read
from `o` inside them: `{{ o.customer.name }}`, `{% if o.lines.count %}`, nested
`{% for line in o.lines.all %}{{ line.product }}`, `{% with c=o.customer %}`, `{{ o }}` (its
`__str__`), and `{% include "row.html" %}` inside the loop (which sees the loop variable).
Only template text is read; nothing is rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny.frameworks.orm_apis import DJANGO_QUERYSET_METHODS
from scrutiny.taint.templates import TemplateIndex, references

_TOKEN = re.compile(r"{%-?\s*(?P<tag>.*?)\s*-?%}|{{-?\s*(?P<var>.*?)\s*-?}}", re.S)
_FOR = re.compile(
    r"^for\s+(?P<targets>\w+(?:\s*,\s*\w+)*)\s+in\s+(?P<expr>.+?)(?:\s+reversed)?$", re.S
)
_DOTTED = re.compile(r"(?<![\w.'\"])(?P<head>[A-Za-z_]\w*)(?P<tail>(?:\.[A-Za-z_]\w*)+)")
_BARE = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?:\|.*)?$", re.S)
_INCLUDE = re.compile(
    r"^include\s+[\"'](?P<name>[^\"']+)[\"'](?:\s+with\s+(?P<with>.*?))?(?:\s+only)?$", re.S
)
_ASSIGNMENT = re.compile(r"(?P<name>\w+)\s*=\s*(?P<value>[\w.]+)")
_WITH_AS = re.compile(r"^(?P<value>[\w.]+)\s+as\s+(?P<name>\w+)$")
MAX_INCLUDES = 3


@dataclass(frozen=True)
class TemplateAccess:
    path: tuple[str, ...]  # read from one row: ("customer", "name")
    template: str  # display path of the template file
    line: int
    snippet: str


@dataclass(frozen=True)
class TemplateLoop:
    template: str
    line: int
    snippet: str
    accesses: tuple[TemplateAccess, ...]


def template_loops(templates: TemplateIndex, name: str, variable: str) -> tuple[TemplateLoop, ...]:
    """Every loop over `variable` in template `name` or a template it extends or includes."""
    found: list[TemplateLoop] = []
    seen: set[str] = set()
    pending = [name]
    while pending and len(seen) < 16:
        path = templates.path_of(pending.pop(0))
        if path is None or path in seen:
            continue
        seen.add(path)
        text = templates.texts[path]
        found.extend(_Scanner(templates, path, text, variable).loops())
        pending.extend(references(text))
    return tuple(found)


@dataclass
class _Frame:
    bindings: dict[str, tuple[str, ...]]  # name -> path from the row
    loop: int | None  # index of the TemplateLoop this frame belongs to (None: `with`)
    tag: str  # "for" | "with"


class _Scanner:
    def __init__(self, templates: TemplateIndex, path: str, text: str, variable: str) -> None:
        self.templates = templates
        self.path = path
        self.text = text
        self.lines = text.splitlines()
        self.variable = variable

    def loops(self) -> list[TemplateLoop]:
        result: list[tuple[int, str, list[TemplateAccess]]] = []
        stack: list[_Frame] = []
        counter = _LineCounter(self.text)
        for match in _TOKEN.finditer(self.text):
            line = counter.line(match.start())
            tag, var = match.group("tag"), match.group("var")
            bindings = _bindings(stack)
            current = _current_loop(stack)
            sink = result[current][2] if current is not None else None
            if var is not None:
                if sink is not None:
                    self._expression(var, bindings, line, sink, bare=True)
                continue
            word = tag.split(None, 1)[0] if tag.strip() else ""
            if word == "for":
                self._for(tag, line, bindings, stack, result, sink)
            elif word in ("endfor", "endwith"):
                if stack:
                    stack.pop()
            elif word == "with":
                frame = _Frame({}, None, "with")
                for name, value in _with_pairs(tag[4:]):
                    resolved = self._resolve(value, bindings, line, sink)
                    if resolved is not None:
                        frame.bindings[name] = resolved
                stack.append(frame)
            elif word == "include" and sink is not None:
                self._include(tag, bindings, line, sink, 0)
            elif sink is not None:
                self._expression(tag, bindings, line, sink, bare=False)
        return [
            TemplateLoop(self.path, line, self._snippet(line), tuple(accesses))
            for line, _, accesses in result
            if accesses
        ]

    def _for(
        self,
        tag: str,
        line: int,
        bindings: dict[str, tuple[str, ...]],
        stack: list[_Frame],
        result: list[tuple[int, str, list[TemplateAccess]]],
        sink: list[TemplateAccess] | None,
    ) -> None:
        match = _FOR.match(tag.strip())
        targets = [t.strip() for t in match.group("targets").split(",")] if match else []
        expression = match.group("expr").split("|", 1)[0].strip() if match else ""
        if match is None or len(targets) != 1:
            stack.append(_Frame({}, _current_loop(stack), "for"))
            return
        if expression.removesuffix(".all").removesuffix("()") == self.variable:
            result.append((line, self.variable, []))
            stack.append(_Frame({targets[0]: ()}, len(result) - 1, "for"))
            return
        resolved = self._resolve(expression, bindings, line, sink)
        if resolved is None:
            stack.append(_Frame({}, _current_loop(stack), "for"))
            return
        collection = (
            resolved[:-1] if resolved and resolved[-1] in DJANGO_QUERYSET_METHODS else resolved
        )
        stack.append(_Frame({targets[0]: collection}, _current_loop(stack), "for"))

    def _resolve(
        self,
        expression: str,
        bindings: dict[str, tuple[str, ...]],
        line: int,
        sink: list[TemplateAccess] | None,
    ) -> tuple[str, ...] | None:
        """The path from the row that `expression` (`o.customer`) denotes; records the read."""
        parts = expression.split("|", 1)[0].strip().removesuffix("()").split(".")
        if not parts or parts[0] not in bindings:
            return None
        path = bindings[parts[0]] + tuple(p for p in parts[1:] if p.isidentifier())
        if sink is not None and len(parts) > 1:
            sink.append(TemplateAccess(path, self.path, line, self._snippet(line)))
        return path

    def _expression(
        self,
        text: str,
        bindings: dict[str, tuple[str, ...]],
        line: int,
        sink: list[TemplateAccess],
        bare: bool,
    ) -> None:
        if not bindings:
            return
        for match in _DOTTED.finditer(text):
            head = match.group("head")
            if head in bindings:
                tail = tuple(match.group("tail").split(".")[1:])
                path = bindings[head] + tail
                sink.append(TemplateAccess(path, self.path, line, self._snippet(line)))
        if bare:
            name = _BARE.match(text.strip())
            if name is not None and name.group("name") in bindings:
                path = (*bindings[name.group("name")], "__str__")
                sink.append(TemplateAccess(path, self.path, line, self._snippet(line)))

    def _include(
        self,
        tag: str,
        bindings: dict[str, tuple[str, ...]],
        line: int,
        sink: list[TemplateAccess],
        depth: int,
    ) -> None:
        match = _INCLUDE.match(tag.strip())
        if match is None or depth >= MAX_INCLUDES:
            return
        inner = dict(bindings)
        for name, value in _with_pairs(match.group("with") or ""):
            resolved = self._resolve(value, bindings, line, sink)
            if resolved is not None:
                inner[name] = resolved
        path = self.templates.path_of(match.group("name"))
        if path is None:
            return
        scanner = _Scanner(self.templates, path, self.templates.texts[path], self.variable)
        scanner.body(inner, sink, depth + 1)

    def body(
        self, bindings: dict[str, tuple[str, ...]], sink: list[TemplateAccess], depth: int
    ) -> None:
        """An included template: every read of the names it inherits from the loop."""
        counter = _LineCounter(self.text)
        for match in _TOKEN.finditer(self.text):
            line = counter.line(match.start())
            tag, var = match.group("tag"), match.group("var")
            if var is not None:
                self._expression(var, bindings, line, sink, bare=True)
            elif tag.strip().startswith("include"):
                self._include(tag, bindings, line, sink, depth)
            else:
                self._expression(tag, bindings, line, sink, bare=False)

    def _snippet(self, line: int) -> str:
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""


@dataclass
class _LineCounter:
    """Line numbers of increasing offsets, counted incrementally (templates can be long)."""

    text: str
    offset: int = 0
    current: int = 1

    def line(self, offset: int) -> int:
        self.current += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.current


def _bindings(stack: list[_Frame]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for frame in stack:
        merged.update(frame.bindings)
    return merged


def _current_loop(stack: list[_Frame]) -> int | None:
    for frame in reversed(stack):
        if frame.loop is not None:
            return frame.loop
    return None


def _with_pairs(text: str) -> list[tuple[str, str]]:
    text = text.strip()
    single = _WITH_AS.match(text)
    if single is not None:
        return [(single.group("name"), single.group("value"))]
    return [(m.group("name"), m.group("value")) for m in _ASSIGNMENT.finditer(text)]
