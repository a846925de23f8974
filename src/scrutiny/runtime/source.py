"""Reading the user's source around a call site: the loop above it, the attributes it touches,
its suppression comments. Each file is read and parsed at most once per analysis."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from scrutiny.suppress import Suppression, find_suppressions

_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


@dataclass(frozen=True)
class Loop:
    line: int
    header: str  # `for book in books:` / the comprehension's source, one line
    targets: tuple[str, ...]  # the loop variables
    model: str  # the class named in the iterable (`Book.objects.all()`), or ""
    iterable: str = ""  # the iterable's source (`order.lines.all()`), one line


@dataclass(frozen=True)
class Attribute:
    """`base.name` on a line: `book.author` in `book.author.name`."""

    base: str
    name: str


@dataclass
class _File:
    text: str
    lines: list[str]
    tree: ast.Module | None
    loops: list[tuple[int, int, Loop]] = field(default_factory=list)
    suppressions: tuple[Suppression, ...] = ()


class SourceReader:
    """Memoized per path; unreadable or unparsable files simply yield nothing."""

    def __init__(self) -> None:
        self._files: dict[str, _File | None] = {}

    def _file(self, path: str) -> _File | None:
        if path in self._files:
            return self._files[path]
        loaded = _load(path)
        self._files[path] = loaded
        return loaded

    def line(self, path: str, number: int) -> str:
        source = self._file(path)
        if source is None or not 0 < number <= len(source.lines):
            return ""
        return source.lines[number - 1]

    def loop_around(self, path: str, line: int) -> Loop | None:
        """The innermost loop whose body holds `line` (the header itself does not count)."""
        source = self._file(path)
        if source is None:
            return None
        best: tuple[int, Loop] | None = None
        for start, end, loop in source.loops:
            if start <= line <= end and (best is None or end - start < best[0]):
                best = (end - start, loop)
        return best[1] if best is not None else None

    def attributes_at(self, path: str, line: int) -> tuple[Attribute, ...]:
        """`name.attr` pairs rooted at a plain name on `line` (outermost first)."""
        source = self._file(path)
        if source is None or source.tree is None:
            return ()
        found: dict[Attribute, None] = {}
        for node in _nodes_on_line(source.tree, line):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                found[Attribute(node.value.id, node.attr)] = None
        return tuple(found)

    def names_at(self, path: str, line: int) -> tuple[str, ...]:
        """Plain names read as values on `line` (`number` in `Author.id == number`), not the
        base of an attribute (`book` in `book.author`) nor a called function."""
        source = self._file(path)
        if source is None or source.tree is None:
            return ()
        nodes = _nodes_on_line(source.tree, line)
        bases = {id(n.value) for n in nodes if isinstance(n, ast.Attribute | ast.Subscript)} | {
            id(n.func) for n in nodes if isinstance(n, ast.Call)
        }
        found: dict[str, None] = {}
        for node in nodes:
            if (
                isinstance(node, ast.Name)
                and isinstance(node.ctx, ast.Load)
                and id(node) not in bases
            ):
                found[node.id] = None
        return tuple(found)

    def suppressions(self, path: str) -> tuple[Suppression, ...]:
        source = self._file(path)
        return source.suppressions if source is not None else ()

    def class_line(self, path: str, name: str) -> int:
        source = self._file(path)
        if source is None or source.tree is None:
            return 0
        for node in ast.walk(source.tree):
            if isinstance(node, ast.ClassDef) and node.name == name:
                return node.lineno
        return 0


def _load(path: str) -> _File | None:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    try:
        tree: ast.Module | None = ast.parse(text)
    except (SyntaxError, ValueError):
        tree = None
    source = _File(text, text.splitlines(), tree)
    if tree is not None:
        source.loops = _loops(tree, source.lines)
    source.suppressions = find_suppressions(text, tree)
    return source


def _loops(tree: ast.Module, lines: list[str]) -> list[tuple[int, int, Loop]]:
    found: list[tuple[int, int, Loop]] = []
    for node in ast.walk(tree):
        if isinstance(node, _LOOPS) and node.body:
            start = node.body[0].lineno
            end = max(n.end_lineno or n.lineno for n in node.body)
            header = lines[node.lineno - 1].strip() if node.lineno <= len(lines) else ""
            if isinstance(node, ast.While):
                found.append((start, end, Loop(node.lineno, header, (), "")))
                continue
            targets = _names(node.target)
            loop = Loop(node.lineno, header, targets, _model(node.iter), _source(node.iter))
            found.append((start, end, loop))
        elif isinstance(node, _COMPREHENSIONS):
            generator = node.generators[0]
            header = " ".join(ast.unparse(node).split())[:120]
            iterable = generator.iter
            targets = _names(generator.target)
            loop = Loop(node.lineno, header, targets, _model(iterable), _source(iterable))
            found.append((node.lineno, node.end_lineno or node.lineno, loop))
    return found


def _source(node: ast.expr) -> str:
    text = " ".join(ast.unparse(node).split())
    return text if len(text) <= 120 else ""


def _names(target: ast.expr) -> tuple[str, ...]:
    return tuple(n.id for n in ast.walk(target) if isinstance(n, ast.Name))


def _model(iterable: ast.expr) -> str:
    """`Book` in `Book.objects.filter(...)`, `select(Book)`, `session.query(Book)`."""
    for node in ast.walk(iterable):
        if isinstance(node, ast.Name) and node.id[:1].isupper():
            return node.id
    return ""


def _nodes_on_line(tree: ast.Module, line: int) -> list[ast.AST]:
    statement: ast.stmt | None = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt) or not node.lineno <= line <= (node.end_lineno or 0):
            continue
        if statement is None or node.lineno >= statement.lineno:
            statement = node
    if statement is None:
        return []
    return [
        n
        for n in ast.walk(statement)
        if isinstance(n, ast.expr) and n.lineno <= line <= (n.end_lineno or n.lineno)
    ]
