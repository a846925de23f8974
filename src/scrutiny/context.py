"""What a rule sees: the file it is looking at, and the function it reports through."""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict, TypeVar, Unpack, cast

from scrutiny.finding import Confidence, Finding, Severity, Step
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import Site, site_of

_T = TypeVar("_T")
_N = TypeVar("_N", bound=ast.AST)
_NODES_KEY = "context.nodes-by-class"


@dataclass(frozen=True)
class FileContext:
    """One parsed file: its path (root-relative, posix), roles, source lines and semantic model."""

    path: str
    roles: frozenset[str]
    lines: list[str]
    semantic: SemanticModel
    # what several rules compute from the same file, computed once (see `shared`)
    _shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def tree(self) -> ast.Module:
        return self.semantic.tree

    def shared(self, key: str, compute: Callable[[FileContext], _T]) -> _T:
        """`compute(self)`, once per file for every rule that asks with the same `key`: rules of
        one family (the access-control rules) share one extraction of the file's facts."""
        if key not in self._shared:
            self._shared[key] = compute(self)
        value: _T = self._shared[key]
        return value

    def nodes(self, kind: type[_N]) -> Sequence[_N]:
        """Every node of exactly class `kind`, in source order: the file's nodes are grouped by
        class once, for every rule that would otherwise test each node of the file itself."""
        index: dict[type[ast.AST], list[ast.AST]] = self.shared(_NODES_KEY, _nodes_by_class)
        return cast(Sequence[_N], index.get(kind, ()))

    def site(self, node: ast.AST) -> Site:
        return site_of(self.semantic, node, self.path, self.lines)

    def has_role(self, role: str) -> bool:
        return role in self.roles


def _nodes_by_class(file: FileContext) -> dict[type[ast.AST], list[ast.AST]]:
    index: dict[type[ast.AST], list[ast.AST]] = {}
    for node in file.semantic.nodes:
        kind = type(node)
        group = index.get(kind)
        if group is None:
            index[kind] = [node]
        else:
            group.append(node)
    return index


class Details(TypedDict, total=False):
    """What a rule may add to a finding besides its site and message."""

    fix: str | None
    trace: tuple[Step, ...]
    severity: Severity | None
    confidence: Confidence | None


def make_finding(rule: Rule, site: Site, message: str, **details: Unpack[Details]) -> Finding:
    severity = details.get("severity")
    confidence = details.get("confidence")
    return Finding(
        code=rule.code,
        name=rule.name,
        message=message,
        severity=rule.severity if severity is None else severity,
        confidence=rule.confidence if confidence is None else confidence,
        location=site.location,
        cwe=rule.cwe,
        owasp=rule.owasp,
        trace=details.get("trace", ()),
        fix=details.get("fix"),
        symbol=site.symbol,
        snippet=site.snippet,
    )


@dataclass
class ProjectReporter:
    """Handed to a project rule's `finish`; reports at sites the rule collected earlier."""

    rule: Rule
    findings: list[Finding] = field(default_factory=list)

    def report(self, site: Site, message: str, **details: Unpack[Details]) -> None:
        self.findings.append(make_finding(self.rule, site, message, **details))


@dataclass
class RuleContext:
    """Handed to a node rule's `check`; `report` turns a node and a message into a Finding."""

    rule: Rule
    file: FileContext
    findings: list[Finding] = field(default_factory=list)
    # the file's model, as an attribute: node rules read it for every node they visit
    semantic: SemanticModel = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.semantic = self.file.semantic

    def report(self, node: ast.AST, message: str, **details: Unpack[Details]) -> None:
        self.findings.append(make_finding(self.rule, self.file.site(node), message, **details))
