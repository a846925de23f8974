"""Syntax helpers of the N+1 extraction: spans, loops, aliases, flag parameters, arguments.

Not a rule. Small functions over `ast` nodes and one file's semantic model, shared by
`_nplusone_extract.py` and `_nplusone_views.py`; `Found` collects what one variable is used for.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from scrutiny.semantic.model import SemanticModel

from ._nplusone_facts import Access, Handoff, Usage

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
Span = tuple[int, int, int, int]


@dataclass
class Found:
    """What was found about one variable: its use as an instance, and of its elements."""

    accesses: list[Access] = field(default_factory=list)
    handoffs: list[Handoff] = field(default_factory=list)
    element_accesses: list[Access] = field(default_factory=list)
    element_handoffs: list[Handoff] = field(default_factory=list)
    element_site: object = None
    instance: bool = False
    elements: bool = False

    def add_access(self, access: Access, whole: bool) -> None:
        self.accesses.append(access)
        self.instance = True

    def add_handoff(self, handoff: Handoff, whole: bool) -> None:
        self.handoffs.append(handoff)
        self.instance = True

    def add_elements(self, usage: Usage, site: object) -> None:
        if not usage:
            return
        self.element_accesses.extend(usage.accesses)
        self.element_handoffs.extend(usage.handoffs)
        if self.element_site is None:
            self.element_site = site
        self.elements = True

    def usage(self) -> Usage:
        return Usage(tuple(self.accesses), tuple(self.handoffs))

    def element_usage(self) -> Usage:
        return Usage(tuple(self.element_accesses), tuple(self.element_handoffs))


def span_of(node: ast.AST) -> Span:
    return (
        node.lineno,  # type: ignore[attr-defined]
        node.col_offset,  # type: ignore[attr-defined]
        node.end_lineno or node.lineno,  # type: ignore[attr-defined]
        node.end_col_offset or 0,  # type: ignore[attr-defined]
    )


def span_of_body(body: list[ast.stmt]) -> Span:
    first, last = body[0], body[-1]
    return (
        first.lineno,
        first.col_offset,
        last.end_lineno or last.lineno,
        last.end_col_offset or 0,
    )


def inside(node: ast.AST, span: Span) -> bool:
    line, col = node.lineno, node.col_offset  # type: ignore[attr-defined]
    start = (span[0], span[1])
    end = (span[2], span[3])
    return start <= (line, col) < end or (line, col) == start


def unwrap_enumerate(
    model: SemanticModel, target: ast.expr, iterable: ast.expr
) -> tuple[str | None, ast.expr]:
    if (
        isinstance(iterable, ast.Call)
        and model.qualified_name(iterable.func) == "builtins.enumerate"
        and iterable.args
        and isinstance(target, ast.Tuple)
        and len(target.elts) == 2
        and isinstance(target.elts[1], ast.Name)
    ):
        return target.elts[1].id, iterable.args[0]
    if isinstance(target, ast.Name):
        return target.id, iterable
    return None, iterable


def loop_over(model: SemanticModel, node: ast.expr) -> tuple[str | None, Span] | None:
    """When `node` is what a loop iterates (maybe through `enumerate`): its variable and body."""
    parent = model.parents.get(node)
    if (
        isinstance(parent, ast.Call)
        and parent.args
        and parent.args[0] is node
        and model.qualified_name(parent.func) == "builtins.enumerate"
    ):
        node, parent = parent, model.parents.get(parent)
    if isinstance(parent, ast.For | ast.AsyncFor) and parent.iter is node:
        target, _ = unwrap_enumerate(model, parent.target, parent.iter)
        return target, span_of_body(parent.body)
    if isinstance(parent, ast.comprehension) and parent.iter is node:
        target, _ = unwrap_enumerate(model, parent.target, parent.iter)
        comprehension = model.parent(parent)
        return target, span_of(comprehension) if comprehension is not None else (0, 0, 0, 0)
    return None


def alias_target(parent: ast.AST | None, node: ast.expr) -> str | None:
    if (
        isinstance(parent, ast.Assign)
        and parent.value is node
        and len(parent.targets) == 1
        and isinstance(parent.targets[0], ast.Name)
    ):
        return parent.targets[0].id
    return None


def in_body(branch: ast.If | ast.IfExp, child: ast.AST) -> bool:
    if isinstance(branch, ast.If):
        return child in branch.body
    return child is branch.body


def flag_parameters(function: FunctionNode) -> frozenset[str]:
    """Parameters defaulting to `False`, `None`, `0` or `""`: `if flag:` blocks run only when
    a caller passes them."""
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    defaulted = positional[len(positional) - len(args.defaults) :]
    pairs = list(zip(defaulted, args.defaults, strict=True))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d]
    return frozenset(a.arg for a, d in pairs if isinstance(d, ast.Constant) and not d.value)


def argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if 0 <= position < len(call.args):
        return call.args[position]
    return keyword_value(call, keyword)


def keyword_value(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)
