"""Where a call runs: the loop around it (if it runs once per row), whether it depends on what the
loop binds, and whether the function handles a request. Shared by DB102-DB105.

Not a rule (it defines no `RULE`).
"""

from __future__ import annotations

import ast

from scrutiny.frameworks import orm_loops as data
from scrutiny.semantic.model import UNKNOWN, SemanticModel
from scrutiny.semantic.walk import walk

LoopNode = ast.For | ast.AsyncFor | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.Module)
_EXITS = (ast.Return, ast.Break, ast.Raise)
_SCOPE_TYPES = frozenset(_SCOPES)
_LOOP_PARTS = frozenset({ast.For, ast.AsyncFor, ast.comprehension, *_COMPREHENSIONS})


def enclosing_loop(semantic: SemanticModel, node: ast.AST) -> LoopNode | None:
    """The innermost loop whose every iteration runs `node` (its body, not its iterable), within
    the same function; None when `node` runs once."""
    child: ast.AST = node
    skip: ast.AST | None = None
    for ancestor in semantic.ancestors(node):
        kind = type(ancestor)
        if kind in _SCOPE_TYPES:
            return None
        if kind not in _LOOP_PARTS:
            child = ancestor
            continue
        if isinstance(ancestor, ast.For | ast.AsyncFor):
            if any(child is statement for statement in ancestor.body):
                return ancestor
        elif isinstance(ancestor, ast.comprehension):
            comprehension = semantic.parent(ancestor)
            if child is ancestor.iter and isinstance(comprehension, _COMPREHENSIONS):
                if comprehension.generators[0] is ancestor:
                    skip = comprehension  # the first iterable is evaluated once
                else:
                    return comprehension
            elif isinstance(comprehension, _COMPREHENSIONS):
                return comprehension  # a condition, evaluated per element
        elif (
            isinstance(ancestor, _COMPREHENSIONS)
            and ancestor is not skip
            and not isinstance(child, ast.comprehension)
        ):
            return ancestor
        child = ancestor
    return None


def loop_iterable(loop: LoopNode) -> ast.expr:
    if isinstance(loop, ast.For | ast.AsyncFor):
        return loop.iter
    return loop.generators[0].iter


def loop_targets(loop: LoopNode) -> list[ast.expr]:
    if isinstance(loop, ast.For | ast.AsyncFor):
        return [loop.target]
    return [g.target for g in loop.generators]


def loop_header(loop: LoopNode, lines: list[str]) -> str:
    if isinstance(loop, ast.For | ast.AsyncFor) and 0 < loop.lineno <= len(lines):
        line = lines[loop.lineno - 1].strip()
        if line.endswith(":") and len(line) <= 60:
            return line[:-1]
    targets = ", ".join(ast.unparse(t) for t in loop_targets(loop))
    iterable = ast.unparse(loop_iterable(loop))
    if len(iterable) > 40:
        iterable = iterable[:37] + "..."
    return f"for {targets} in {iterable}"


def is_constant_loop(semantic: SemanticModel, loop: LoopNode) -> bool:
    """A loop over a literal of constants, `range(<constant>)` or a constant (`STATUSES`,
    `settings.LANGUAGES`): a bounded handful of iterations chosen by the programmer."""
    iterable = loop_iterable(loop)
    if (
        isinstance(iterable, ast.Call)
        and isinstance(iterable.func, ast.Attribute)
        and iterable.func.attr in {"items", "keys", "values"}
        and not iterable.args
    ):
        iterable = iterable.func.value
    if (
        isinstance(iterable, ast.Call)
        and isinstance(iterable.func, ast.Name)
        and iterable.func.id in {"range", "enumerate", "sorted", "reversed"}
        and iterable.args
    ):
        if iterable.func.id == "range":
            return all(semantic.literal_value(a) is not UNKNOWN for a in iterable.args)
        iterable = iterable.args[0]
    if isinstance(iterable, ast.Tuple | ast.List | ast.Set | ast.Dict):
        return not any(isinstance(e, ast.Starred) for e in getattr(iterable, "elts", ()))
    last = iterable.attr if isinstance(iterable, ast.Attribute) else getattr(iterable, "id", "")
    return bool(last) and last.isupper() and len(last) > 1


def runs_at_most_once(semantic: SemanticModel, node: ast.AST, loop: ast.AST) -> bool:
    """The statement holding `node` returns, raises or breaks out of the loop, or is followed by
    such a statement in its block: it runs once, not once per row."""
    child = node
    for ancestor in semantic.ancestors(node):
        if ancestor is loop:
            return False
        if isinstance(child, ast.stmt):
            if isinstance(child, ast.Return | ast.Raise):
                return True
            for block in _blocks(ancestor):
                if any(s is child for s in block):
                    after = block[[id(s) for s in block].index(id(child)) + 1 :]
                    if any(isinstance(s, _EXITS) for s in after):
                        return True
        child = ancestor
    return False


def _blocks(node: ast.AST) -> list[list[ast.stmt]]:
    return [
        value
        for name in ("body", "orelse", "finalbody")
        if isinstance(value := getattr(node, name, None), list)
    ]


def bound_in_loop(loop: LoopNode) -> set[str]:
    """Names the loop binds: its targets and every name assigned in its body."""
    names: set[str] = set()
    roots: list[ast.AST] = [*loop_targets(loop)]
    if isinstance(loop, ast.For | ast.AsyncFor):
        roots.extend(loop.body)
    else:
        roots.extend(g for g in loop.generators[1:])
    for root in roots:
        for node in walk(root):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


def depends_on(node: ast.AST, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in walk(node))


def is_request_handler(semantic: SemanticModel, function: ast.AST) -> bool:
    """A route function, a Django/DRF function view, or a handler method of a class view."""
    if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = semantic.qualified_name(target) or ""
        if name in data.DRF_API_VIEW:
            return True
        if (
            isinstance(target, ast.Attribute)
            and isinstance(decorator, ast.Call)
            and target.attr in data.ROUTE_DECORATORS | data.WRITE_ROUTE_DECORATORS
        ):
            return True
        if name in data.VIEW_DECORATORS:
            return True
    parent = semantic.parent(function)
    if isinstance(parent, ast.ClassDef):
        return function.name in data.VIEW_HANDLER_METHODS and is_view_class(semantic, parent)
    params = function.args.posonlyargs + function.args.args
    return bool(params) and params[0].arg in data.REQUEST_PARAMETERS


def is_list_handler(semantic: SemanticModel, function: ast.AST, request: bool) -> bool:
    """A request handler (`request`, from `is_request_handler`) that reads (GET): where
    returning every row is a list endpoint."""
    if not request:
        return False
    assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
    parent = semantic.parent(function)
    if isinstance(parent, ast.ClassDef):
        return function.name in data.LIST_HANDLER_METHODS
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in data.WRITE_ROUTE_DECORATORS:
            return False
    return True


def is_view_class(semantic: SemanticModel, klass: ast.ClassDef) -> bool:
    for base in klass.bases:
        name = semantic.qualified_name(base) or ""
        if name.startswith(data.VIEW_PACKAGES):
            return True
        last = name.rpartition(".")[2] or ast.unparse(base)
        if last.endswith(("View", "ViewSet", "APIView")):
            return True
    return False


def has_bulk_alternative(semantic: SemanticModel, loop: ast.AST) -> bool:
    """The loop is one branch of an `if` whose other branch writes in bulk (`if bulk: ...
    update() else: for obj in objs: obj.save()`): the per-row path is a deliberate choice,
    usually to run `save()` overrides and signals."""
    child = loop
    for ancestor in semantic.ancestors(loop):
        if isinstance(ancestor, _SCOPES):
            return False
        if isinstance(ancestor, ast.If):
            inside_body = any(s is child for s in ancestor.body)
            other = list(ancestor.orelse if inside_body else ancestor.body)
            if inside_body and ancestor.body and isinstance(ancestor.body[-1], ast.Return):
                other.extend(_following(semantic, ancestor))  # `if legacy: ...; return` + bulk
            if any(_bulk_call(node) for statement in other for node in walk(statement)):
                return True
            if _mentions_bulk(ancestor.test):
                return True
        child = ancestor
    return False


def _mentions_bulk(test: ast.expr) -> bool:
    """A name or attribute of the test reads like a bulk flag (`if bulk:`, `self.use_bulk`)."""
    if "bulk" not in ast.unparse(test).lower():
        return False  # each part's text is in the whole's: one unparse rules them all out
    return any(
        isinstance(n, ast.Name | ast.Attribute) and "bulk" in ast.unparse(n).lower()
        for n in walk(test)
    )


def _following(semantic: SemanticModel, statement: ast.stmt) -> list[ast.stmt]:
    """The statements after `statement` in its block."""
    for block in _blocks(semantic.parent(statement) or statement):
        for index, item in enumerate(block):
            if item is statement:
                return block[index + 1 :]
    return []


def _bulk_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in data.BULK_METHODS
    )
