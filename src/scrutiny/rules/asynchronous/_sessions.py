"""Synchronous SQLAlchemy sessions in a file: shared extraction for ASY102 (see `_orm_calls`).

Not a rule (it defines no `RULE`). A name is a sync session when it is a parameter annotated
`Session` (also through `Annotated[Session, Depends(...)]` and a module-level alias of it), or
was last assigned `Session(...)` or a call of a project name that the project phase confirms is a
sync `sessionmaker` (`factory:<qualname>`). API knowledge is in `scrutiny.frameworks.async_orm`.
"""

from __future__ import annotations

import ast

from scrutiny.frameworks import async_orm as api
from scrutiny.semantic.model import SemanticModel

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def factories(model: SemanticModel) -> tuple[str, ...]:
    """Module-level `SessionLocal = sessionmaker(...)` (not `class_=AsyncSession`)."""
    found: list[str] = []
    for stmt in model.tree.body:
        if not (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call)):
            continue
        if model.qualified_name(stmt.value.func) not in api.SQLALCHEMY_SYNC_FACTORIES:
            continue
        if any(
            k.arg == "class_" and model.qualified_name(k.value) in api.SQLALCHEMY_ASYNC_SESSIONS
            for k in stmt.value.keywords
        ):
            continue
        found.extend(f"{model.module}.{t.id}" for t in stmt.targets if isinstance(t, ast.Name))
    return tuple(found)


def sync_session(model: SemanticModel, expr: ast.expr) -> str | None:
    """The `requires` of a sync-session expression ("" when certain); None when it is not one."""
    if not isinstance(expr, ast.Name):
        return None
    bindings = model.lookup(expr.id, expr)
    if not bindings:
        return None
    function = model.scope_of.get(expr)
    while function is not None and not isinstance(function, FunctionNode | ast.Module):
        function = model.scope_of.get(function)
    if isinstance(function, FunctionNode):
        annotation = parameter_annotation(expr.id, function)
        if annotation is not None:
            return "" if _session_annotation(model, annotation, 0) else None
    before = [b for b in bindings if b.line <= expr.lineno] or bindings
    nearest = max(before, key=lambda b: b.line)  # `with A() as s: ...` then `with B() as s:`
    return None if nearest.value is None else _session_value(model, nearest.value)


def _session_annotation(model: SemanticModel, annotation: ast.expr, depth: int) -> bool:
    if depth > 3:
        return False
    if isinstance(annotation, ast.Subscript):
        if model.qualified_name(annotation.value) in api.ANNOTATED:
            inner = annotation.slice
            first = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
            return _session_annotation(model, first, depth + 1)
        return False
    qualname = model.qualified_name(annotation)
    if qualname in api.SQLALCHEMY_SYNC_SESSIONS:
        return True
    if isinstance(annotation, ast.Name):  # `SessionDep = Annotated[Session, Depends(...)]`
        constant = model.module_constant(annotation.id)
        values = model.assigned_values(annotation)
        if constant is None and values and len(values) == 1 and values[0] is not None:
            return _session_annotation(model, values[0], depth + 1)
    return False


def _session_value(model: SemanticModel, value: ast.expr) -> str | None:
    if not isinstance(value, ast.Call):
        return None
    qualname = _global_name(model, value.func)
    if qualname is None:
        return None
    if qualname in api.SQLALCHEMY_SYNC_SESSIONS:
        return ""
    return f"factory:{qualname}"


def _global_name(model: SemanticModel, expr: ast.expr) -> str | None:
    """The qualified name, also for a name assigned at module level (`SessionLocal`)."""
    qualname = model.qualified_name(expr)
    if qualname is None and isinstance(expr, ast.Name):
        bindings = model.lookup(expr.id, expr)
        if bindings is not None and bindings is model.bindings[model.tree].get(expr.id):
            return f"{model.module}.{expr.id}"
    return qualname


def parameter_annotation(name: str, function: FunctionNode) -> ast.expr | None:
    args = function.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.arg == name:
            return arg.annotation
    return None
