"""The project-wide index: every module's definitions, imports and calls, resolved across files.

Each worker reduces its file to a picklable `ModuleSummary` (see `summarize`); the main process
joins them into a `ProjectIndex`, so a rule can follow a call from a view in one file into a helper
in another without any file being parsed twice.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from scrutiny.finding import Location
from scrutiny.semantic.model import SemanticModel


@dataclass(frozen=True)
class Site:
    """A place in the code with what a finding needs to be reported there later."""

    location: Location
    symbol: str
    snippet: str


@dataclass(frozen=True)
class CallInfo:
    callee: str  # qualified name of what is called, as far as it resolves
    site: Site
    awaited: bool


@dataclass(frozen=True)
class FunctionInfo:
    qualname: str
    name: str
    site: Site
    is_async: bool
    decorators: tuple[str, ...]
    calls: tuple[CallInfo, ...]
    owner_class: str | None = None


@dataclass(frozen=True)
class ClassInfo:
    qualname: str
    name: str
    site: Site
    bases: tuple[str, ...]
    decorators: tuple[str, ...]
    methods: tuple[str, ...]


@dataclass(frozen=True)
class ModuleSummary:
    module: str
    path: str
    is_package: bool
    imports: dict[str, str]
    star_imports: tuple[str, ...]
    functions: tuple[FunctionInfo, ...]
    classes: tuple[ClassInfo, ...]


@dataclass
class ProjectIndex:
    modules: dict[str, ModuleSummary] = field(default_factory=dict)
    functions: dict[str, FunctionInfo] = field(default_factory=dict)
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    # template files (display path -> text), for project rules that read them (N+1 in templates)
    templates: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls, summaries: Iterable[ModuleSummary], templates: Mapping[str, str] | None = None
    ) -> ProjectIndex:
        index = cls(templates=dict(templates or {}))
        for summary in summaries:
            index.modules.setdefault(summary.module, summary)
            for function in summary.functions:
                index.functions.setdefault(function.qualname, function)
            for klass in summary.classes:
                index.classes.setdefault(klass.qualname, klass)
        return index

    def resolve(self, qualname: str, _depth: int = 0) -> str:
        """Follow re-exports (`from .impl import helper` in a package) to the defining name."""
        if _depth > 16 or qualname in self.functions or qualname in self.classes:
            return qualname
        module, _, name = qualname.rpartition(".")
        summary = self.modules.get(module)
        if summary is not None and name in summary.imports:
            return self.resolve(summary.imports[name], _depth + 1)
        if summary is not None:
            for star in summary.star_imports:
                candidate = f"{star}.{name}"
                if self.resolve(candidate, _depth + 1) != candidate or candidate in self.functions:
                    return self.resolve(candidate, _depth + 1)
        return qualname

    def function(self, qualname: str) -> FunctionInfo | None:
        resolved = self.resolve(qualname)
        found = self.functions.get(resolved)
        return found if found is not None else self._inherited(resolved, 0)

    def _inherited(self, qualname: str, depth: int) -> FunctionInfo | None:
        """`Child.method` defined on a base class in the project (`self.send()` in a subclass)."""
        owner, _, name = qualname.rpartition(".")
        klass = self.classes.get(self.resolve(owner)) if owner else None
        if klass is None or depth > 16:
            return None
        for base in klass.bases:
            candidate = f"{self.resolve(base)}.{name}"
            found = self.functions.get(candidate) or self._inherited(candidate, depth + 1)
            if found is not None:
                return found
        return None

    def iter_functions(self) -> Iterator[FunctionInfo]:
        yield from self.functions.values()


def summarize(model: SemanticModel, path: str, lines: list[str]) -> ModuleSummary:
    """Reduce a file's semantic model to the facts the project index needs."""
    functions: list[FunctionInfo] = []
    classes: list[ClassInfo] = []
    for node, local in model.qualnames.items():
        site = site_of(model, node, path, lines)
        decorators = tuple(
            model.qualified_name(d.func if isinstance(d, ast.Call) else d) or ast.unparse(d)
            for d in node.decorator_list  # type: ignore[attr-defined]
        )
        qualname = f"{model.module}.{local}"
        if isinstance(node, ast.ClassDef):
            bases = tuple(model.qualified_name(b) or ast.unparse(b) for b in node.bases)
            methods = tuple(
                s.name for s in node.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
            )
            classes.append(ClassInfo(qualname, node.name, site, bases, decorators, methods))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            parent = model.parent(node)
            owner = (
                f"{model.module}.{model.qualnames[parent]}"
                if isinstance(parent, ast.ClassDef)
                else None
            )
            calls = tuple(
                sorted(
                    _calls_in(model, node, owner, path, lines),
                    key=lambda c: (c.site.location.line, c.site.location.column),
                )
            )
            functions.append(
                FunctionInfo(
                    qualname,
                    node.name,
                    site,
                    isinstance(node, ast.AsyncFunctionDef),
                    decorators,
                    calls,
                    owner,
                )
            )
    imports: dict[str, str] = {}
    for name, bindings in model.bindings.get(model.tree, {}).items():
        targets = {b.target for b in bindings if b.kind == "import"}
        if len(targets) == 1 and len(bindings) == len([b for b in bindings if b.kind == "import"]):
            imports[name] = targets.pop()  # type: ignore[assignment]
    stars = tuple(
        model.resolve_relative(s.module, s.level)
        for s in model.tree.body
        if isinstance(s, ast.ImportFrom) and any(a.name == "*" for a in s.names)
    )
    return ModuleSummary(
        model.module, path, model.is_package, imports, stars, tuple(functions), tuple(classes)
    )


def site_of(
    model: SemanticModel, node: ast.AST, path: str, lines: list[str], symbol: str | None = None
) -> Site:
    """Where `node` is; `symbol` is the enclosing def or class when the caller knows it."""
    line = getattr(node, "lineno", 1)
    end_line = getattr(node, "end_lineno", None)
    end_column = getattr(node, "end_col_offset", None)
    snippet = lines[line - 1] if 0 < line <= len(lines) else ""
    column = _characters(snippet, getattr(node, "col_offset", 0))
    if end_line is not None and end_column is not None and 0 < end_line <= len(lines):
        end_column = _characters(lines[end_line - 1], end_column)
    location = Location(path, line, column, end_line, end_column)
    return Site(location, model.enclosing_symbol(node) if symbol is None else symbol, snippet)


def _characters(line: str, byte_offset: int) -> int:
    """`ast` columns count UTF-8 bytes; findings count characters."""
    if line.isascii():
        return byte_offset
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def _calls_in(
    model: SemanticModel,
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    owner: str | None,
    path: str,
    lines: list[str],
) -> Iterator[CallInfo]:
    first_param = function.args.posonlyargs[:1] or function.args.args[:1]
    self_name = first_param[0].arg if owner and first_param else None
    symbol = model.qualnames[function]  # the calls of the function's own scope
    for node in model.calls.get(function, ()):
        callee = model.qualified_name(node.func)
        func = node.func
        if (
            callee is None
            and self_name
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == self_name
        ):
            callee = f"{owner}.{func.attr}"
        if callee is None:
            continue
        awaited = isinstance(model.parent(node), ast.Await)
        yield CallInfo(callee, site_of(model, node, path, lines, symbol), awaited)
