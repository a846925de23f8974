"""Where transactions are open: shared helpers of the reliability rules REL115-REL117.

Not a rule (it defines no `RULE`). All framework knowledge comes from
`scrutiny.frameworks.transactions`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from scrutiny.context import FileContext
from scrutiny.frameworks import transactions as tx
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.project import ProjectIndex
from scrutiny.semantic.walk import walk

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def opens_transaction(expr: ast.expr, semantic: SemanticModel) -> bool:
    """`transaction.atomic()`, `atomic`, `session.begin()`, `engine.begin()` (a `with` item or a
    decorator)."""
    target = expr.func if isinstance(expr, ast.Call) else expr
    qualname = semantic.qualified_name(target) or ""
    if qualname in tx.ATOMIC:
        return True
    name = qualname.rsplit(".", 1)[-1].lower()
    if isinstance(expr, ast.Call) and any(word in name for word in tx.TRANSACTION_WORDS):
        return True  # a project helper around `atomic()`: `with rolledback_transaction():`
    return (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Attribute)
        and expr.func.attr in tx.BEGIN_METHODS
    )


def _decorated_atomic(function: FunctionNode, semantic: SemanticModel) -> bool:
    if any(opens_transaction(d, semantic) for d in function.decorator_list):
        return True
    klass = semantic.parent(function)
    if not isinstance(klass, ast.ClassDef):
        return False
    for decorator in klass.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and semantic.qualified_name(decorator.func) in tx.METHOD_DECORATORS
            and decorator.args
            and opens_transaction(decorator.args[0], semantic)
        ):
            return True
    return False


def enclosing_function(node: ast.AST, semantic: SemanticModel) -> FunctionNode | None:
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.Lambda):
            return None
        if isinstance(ancestor, FunctionNode):
            return ancestor
    return None


def in_transaction(node: ast.AST, semantic: SemanticModel) -> bool:
    """True when `node` runs inside a transaction opened in its own function (a `with` block or
    a decorator). A nested function or lambda stops the search: its body runs when called."""
    for ancestor in semantic.ancestors(node):
        if isinstance(ancestor, ast.With | ast.AsyncWith):
            if any(opens_transaction(i.context_expr, semantic) for i in ancestor.items):
                return True
        elif isinstance(ancestor, FunctionNode):
            return _decorated_atomic(ancestor, semantic)
        elif isinstance(ancestor, ast.Lambda):
            return False
    return False


def deferred_to_commit(node: ast.AST, semantic: SemanticModel) -> bool:
    """True when `node` is inside the arguments of `transaction.on_commit(...)`."""
    for ancestor in semantic.ancestors(node):
        if (
            isinstance(ancestor, ast.Call)
            and semantic.qualified_name(ancestor.func) in tx.ON_COMMIT
        ):
            return True
        if isinstance(ancestor, FunctionNode):
            return False
    return False


def uses_django(semantic: SemanticModel) -> bool:
    for bindings in semantic.bindings.get(semantic.tree, {}).values():
        for binding in bindings:
            if binding.kind == "import" and _django_like(binding.target or ""):
                return True
    return False


def _django_like(target: str) -> bool:
    first = target.split(".", 1)[0]
    return first in tx.DJANGO_PACKAGES or ".models." in f".{target}."


def sets_atomic_requests(tree: ast.Module, semantic: SemanticModel) -> bool:
    """`DATABASES = {"default": {..., "ATOMIC_REQUESTS": True}}` or
    `DATABASES["default"]["ATOMIC_REQUESTS"] = True` anywhere at module level."""
    for statement in tree.body:
        if not isinstance(statement, ast.Assign):
            continue
        for target in statement.targets:
            if (
                isinstance(target, ast.Subscript)
                and semantic.literal_value(target.slice) == tx.ATOMIC_REQUESTS
                and semantic.literal_value(statement.value) is True
            ):
                return True
        for node in walk(statement.value):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if (
                        key is not None
                        and semantic.literal_value(key) == tx.ATOMIC_REQUESTS
                        and semantic.literal_value(value) is True
                    ):
                        return True
    return False


def receiver_names(expr: ast.expr) -> list[str]:
    """The attribute and call names along a receiver chain: `Order.objects.filter(x).update`
    -> ["update", "filter", "objects", "Order"]."""
    names: list[str] = []
    current: ast.expr = expr
    while True:
        if isinstance(current, ast.Call):
            current = current.func
        elif isinstance(current, ast.Attribute):
            names.append(current.attr)
            current = current.value
        elif isinstance(current, ast.Name):
            names.append(current.id)
            return names
        else:
            return names


Edge = tuple[str, str, bool]  # (caller, callee, the call runs inside a transaction)
METHOD = "*."  # prefix of a callee known only by its method name


def call_edges(file: FileContext) -> tuple[Edge, ...]:
    """Every call made from a function of the file, computed once for the rules that ask."""
    return file.shared("reliability-call-edges", _call_edges)


def _call_edges(file: FileContext) -> tuple[Edge, ...]:
    semantic = file.semantic
    edges: list[Edge] = []
    opening = _functions_opening_blocks(file)
    for scope, calls in semantic.calls.items():
        if not isinstance(scope, FunctionNode):
            continue
        caller = f"{semantic.module}.{semantic.qualnames.get(scope, '')}"
        atomic = _decorated_atomic(scope, semantic)
        # without a transaction block in the function, every call in it is as atomic as the
        # function itself (the common case: no walk up from each call)
        blocks = atomic or scope in opening
        for call in calls:
            callee = callee_name(call, scope, semantic)
            if callee is None and isinstance(call.func, ast.Attribute):
                callee = f"{METHOD}{call.func.attr}"  # `event.copy_data_from()`: by name only
            if callee:
                inside = atomic or (blocks and in_transaction(call, semantic))
                edges.append((caller, callee, inside))
    return tuple(edges)


def _functions_opening_blocks(file: FileContext) -> set[ast.AST]:
    """The functions holding a transaction block (`with atomic():`) anywhere in their body,
    nested functions included: found from the file's few blocks up, not by walking every
    function down."""
    semantic = file.semantic
    found: set[ast.AST] = set()
    blocks: list[ast.With | ast.AsyncWith] = [
        *file.nodes(ast.With),
        *file.nodes(ast.AsyncWith),
    ]
    for node in blocks:
        if any(opens_transaction(item.context_expr, semantic) for item in node.items):
            found.update(a for a in semantic.ancestors(node) if isinstance(a, FunctionNode))
    return found


def callee_name(call: ast.Call, function: FunctionNode, semantic: SemanticModel) -> str | None:
    """The qualified name of what is called, with `self.method()` resolved to the class's method."""
    callee = semantic.qualified_name(call.func)
    if callee is not None:
        return callee
    func = call.func
    params = function.args.posonlyargs + function.args.args
    klass = semantic.parent(function)
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and isinstance(klass, ast.ClassDef)
        and params
        and func.value.id == params[0].arg
    ):
        return f"{semantic.module}.{semantic.qualnames.get(klass, klass.name)}.{func.attr}"
    return None


def transactional_functions(index: ProjectIndex, edges: Iterable[Edge]) -> set[str]:
    """Functions that run inside a transaction held by a caller: called inside one, or called by
    such a function (followed to a fixed point). A callee that does not resolve to a project
    function (`event.copy_data_from()`, a class re-exported by a package) matches the project's
    functions of that name, unless the name is a generic one (`get`, `post`, `save`): this only
    ever silences findings."""
    resolved = [(index.resolve(a), index.resolve(b), t) for a, b, t in edges]
    by_caller: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    for caller, callee, _ in resolved:
        if caller not in by_caller:
            by_name.setdefault(caller.rsplit(".", 1)[-1], []).append(caller)
        by_caller.setdefault(caller, []).append(callee)

    def targets(callee: str) -> list[str]:
        if callee in by_caller and not callee.startswith(METHOD):
            return [callee]
        name = callee.removeprefix(METHOD).rsplit(".", 1)[-1]
        return [] if name in tx.GENERIC_METHODS else by_name.get(name, [])

    inside: set[str] = set()
    pending = [callee for _, callee, in_tx in resolved if in_tx]
    while pending:
        for function in targets(pending.pop()):
            if function not in inside:
                inside.add(function)
                pending.extend(by_caller.get(function, ()))
    return inside
