"""Where a file's functions do blocking file I/O: shared extraction for ASY103.

Not a rule (it defines no `RULE`). Per function, without following calls: `open()` and the other
calls of `FILE_IO_CALLS` (`shutil.copy`, `os.listdir`...), and `pathlib` reads and writes
(`path.read_text()`; `path.open()` only on a receiver known to be a `pathlib.Path`). Awaited calls
are never operations: the async versions (`anyio.Path`, `aiopath`, `aiofiles`) are awaited. All
API knowledge is in `scrutiny.frameworks.blocking`.
"""

from __future__ import annotations

import ast

from scrutiny.context import FileContext
from scrutiny.finding import Severity
from scrutiny.frameworks import blocking
from scrutiny.semantic.model import SemanticModel

from ._reach import Op

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
MAX_DEPTH = 6
# every method name that can be file I/O: a call `x.attr(...)` with another name is none
_CANDIDATE_METHODS = frozenset(
    {
        *blocking.PATH_IO_METHODS,
        *blocking.PATH_ONLY_METHODS,
        *(name.rpartition(".")[2] for name in blocking.FILE_IO_CALLS),
    }
)


def file_io_ops(file: FileContext) -> dict[str, tuple[Op, ...]]:
    return file.shared("asy.file_io", _extract)


def _extract(file: FileContext) -> dict[str, tuple[Op, ...]]:
    model = file.semantic
    ops: dict[str, tuple[Op, ...]] = {}
    for scope, calls in model.calls.items():
        if not isinstance(scope, FunctionNode):
            continue
        found = [op for call in calls if (op := _call_op(file, call)) is not None]
        if found:
            ops[f"{model.module}.{model.qualnames[scope]}"] = tuple(found)
    return ops


def _call_op(file: FileContext, call: ast.Call) -> Op | None:
    model = file.semantic
    func = call.func
    # the cheap test first: `x.attr` can only qualify to a name ending in `.attr`
    if isinstance(func, ast.Attribute):
        if func.attr not in _CANDIDATE_METHODS:
            return None
    elif not isinstance(func, ast.Name):
        return None  # `f()()`, `fs[0]()`: no qualified name
    if isinstance(model.parent(call), ast.Await):
        return None
    if isinstance(func, ast.Attribute):
        method = blocking.PATH_IO_METHODS.get(func.attr)
        if (
            method is None
            and func.attr in blocking.PATH_ONLY_METHODS
            and _is_path(model, func.value, 0)
        ):
            method = blocking.PATH_ONLY_METHODS[func.attr]
        if method is not None:
            label = f"{_short(func.value)}.{func.attr}()"
            fix = method.instead.format(method=func.attr)
            severity = Severity.LOW if method.minor else None
            return Op(file.site(call), label, method.what, fix, "", severity)
    qualname = model.qualified_name(func)
    row = blocking.FILE_IO_CALLS.get(qualname) if qualname is not None else None
    if row is None or qualname is None:
        return None
    name = qualname.removeprefix("builtins.")
    severity = Severity.LOW if row.minor else None
    return Op(file.site(call), f"{name}()", row.what, row.instead.format(name=name), "", severity)


def _is_path(model: SemanticModel, expr: ast.expr, depth: int) -> bool:
    """A synchronous `pathlib` path: `Path(...)`, `p / "x"`, `p.parent`, a name assigned one."""
    if depth > MAX_DEPTH:
        return False
    if isinstance(expr, ast.Call):
        return model.qualified_name(expr.func) in blocking.SYNC_PATHS or (
            isinstance(expr.func, ast.Attribute)
            and expr.func.attr in ("joinpath", "with_name", "with_suffix", "resolve", "absolute")
            and _is_path(model, expr.func.value, depth + 1)
        )
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Div):
        return _is_path(model, expr.left, depth + 1)
    if isinstance(expr, ast.Attribute) and expr.attr in blocking.PATH_ATTRIBUTES:
        return _is_path(model, expr.value, depth + 1)
    if isinstance(expr, ast.Subscript):  # `p.parents[1]`
        return _is_path(model, expr.value, depth + 1)
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        assigned = _self_attribute(model, expr)
        return bool(assigned) and all(_is_path(model, v, depth + 1) for v in assigned)
    if isinstance(expr, ast.Name):
        values = model.assigned_values(expr)
        if not values:
            return False
        if all(v is None for v in values):
            return _annotated_path(model, expr)  # a parameter
        return all(v is not None and _is_path(model, v, depth + 1) for v in values)
    return False


def _self_attribute(model: SemanticModel, expr: ast.Attribute) -> list[ast.expr]:
    """What `self.root` was assigned in the class's methods (`self.root = root`)."""
    method = model.scope_of.get(expr)
    if not isinstance(method, FunctionNode) or not isinstance(expr.value, ast.Name):
        return []
    params = method.args.posonlyargs + method.args.args
    klass = model.scope_of.get(method)
    if not params or params[0].arg != expr.value.id or not isinstance(klass, ast.ClassDef):
        return []
    return model.attribute_values.get((klass, expr.attr), [])


def _annotated_path(model: SemanticModel, name: ast.Name) -> bool:
    """A parameter annotated `Path`."""
    scope = model.scope_of.get(name)
    if not isinstance(scope, FunctionNode):
        return False
    args = scope.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.arg == name.id and arg.annotation is not None:
            return model.qualified_name(arg.annotation) in blocking.SYNC_PATHS
    return False


def _short(expr: ast.expr) -> str:
    text = ast.unparse(expr)
    if len(text) > 40:
        return "path"
    return f"({text})" if isinstance(expr, ast.BinOp) else text
