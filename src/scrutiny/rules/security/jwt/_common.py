"""Shared by the JWT rules (not a rule itself): bind a token call's arguments, fold algorithm
names, dict keys and key literals through constants and single assignments."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scrutiny.context import FileContext
from scrutiny.frameworks.jwt import (
    ALG_HEADER,
    ALGORITHM_GROUPS,
    ALGORITHM_NAMESPACES,
    ALL_ALGORITHMS,
    ALL_ALGORITHMS_CALLS,
    FUNCTIONS,
    IMPLEMENTATION_PACKAGES,
    INSTANCE_CLASSES,
    INSTANCE_METHODS,
    NAMESPACE_RENAMES,
    UNVERIFIED_HEADER_FUNCTIONS,
    VERIFY_SIGNATURE_OPTION,
    JwtApi,
    Param,
)
from scrutiny.semantic.model import UNKNOWN, SemanticModel

MAX_DEPTH = 6
_METHOD_NAMES = frozenset(method for _, method in INSTANCE_METHODS)
# the packages whose functions and classes `bind` knows: only imports from them reach one
_API_PACKAGES = frozenset(name.split(".", 1)[0] for name in (*FUNCTIONS, *INSTANCE_CLASSES))
_WRAPPERS = frozenset({"builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset"})


@dataclass(frozen=True)
class JwtCall:
    """A call to a token function, with its arguments bound by role ("key", "algorithms"...)."""

    api: JwtApi
    node: ast.Call
    args: dict[str, ast.expr]
    instance: ast.Call | None  # the constructor of the instance whose method is called
    open_kwargs: bool  # `**kwargs` present: any missing argument may be in there

    def arg(self, role: str) -> ast.expr | None:
        return self.args.get(role)


@dataclass(frozen=True)
class Algorithms:
    """What an `algorithms` argument allows, as far as it can be known."""

    names: frozenset[str] = frozenset()
    unknown: bool = False  # some elements could not be resolved
    from_header: bool = False  # an element is the token's own (unverified) `alg` header


def bound(call: ast.Call, file: FileContext) -> JwtCall | None:
    """`bind(call)`, worked out once per call for the four JWT rules, and not at all in a file
    that imports no JWT library (none of its calls can resolve to one)."""
    memo = file.shared("jwt.bound", _new_memo)
    if memo is None:
        return None
    if call not in memo:
        memo[call] = bind(call, file.semantic)
    return memo[call]


def _new_memo(file: FileContext) -> dict[ast.Call, JwtCall | None] | None:
    semantic = file.semantic
    if is_library_code(semantic) or not semantic.imports_from(_API_PACKAGES):
        return None
    return {}


def bind(call: ast.Call, semantic: SemanticModel) -> JwtCall | None:
    """The token call `call` is, with its arguments by role; None when it is not one (rules
    call `bound`, which skips library code and files without a JWT import)."""
    api, instance = _api_of(call, semantic)
    if api is None:
        return None
    args: dict[str, ast.expr] = {}
    roles = (
        "token",
        "payload",
        "key",
        "algorithm",
        "header",
        "algorithms",
        "options",
        "verify",
    )
    for role in roles:
        param: Param | None = getattr(api, role)
        if param is not None:
            value = argument(call, param)
            if value is not None:
                args[role] = value
    _split_legacy_verify(api, args, semantic)
    open_kwargs = any(k.arg is None for k in call.keywords) or any(
        isinstance(a, ast.Starred) for a in call.args
    )
    return JwtCall(api, call, args, instance, open_kwargs)


def is_library_code(semantic: SemanticModel) -> bool:
    """Whether the file belongs to a JWT library itself (it defines the API it seems to misuse)."""
    return semantic.module.split(".", 1)[0] in IMPLEMENTATION_PACKAGES


def _split_legacy_verify(api: JwtApi, args: dict[str, ast.expr], semantic: SemanticModel) -> None:
    """PyJWT 1.x had `verify` where 2.x has `algorithms` (position 2): a bool is `verify`."""
    if api.verify is None or api.algorithms is None or api.verify.position is None:
        return
    verify, algorithms = args.get("verify"), args.get("algorithms")
    if verify is not None and verify is algorithms:
        if isinstance(semantic.literal_value(verify), bool):
            del args["algorithms"]
        else:
            del args["verify"]


def argument(call: ast.Call, param: Param) -> ast.expr | None:
    """The argument `param` of `call` (by keyword, else by position), or None."""
    for keyword in call.keywords:
        if keyword.arg == param.keyword:
            return keyword.value
    if param.position is None or len(call.args) <= param.position:
        return None
    if any(isinstance(a, ast.Starred) for a in call.args[: param.position + 1]):
        return None
    return call.args[param.position]


def _api_of(call: ast.Call, semantic: SemanticModel) -> tuple[JwtApi | None, ast.Call | None]:
    name = semantic.qualified_name(call.func)
    if name is not None:
        return FUNCTIONS.get(name), None
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr not in _METHOD_NAMES:
        return None, None
    constructor = _instance_constructor(func.value, semantic)
    if constructor is None:
        return None, None
    library = INSTANCE_CLASSES[semantic.qualified_name(constructor.func) or ""]
    return INSTANCE_METHODS.get((library, func.attr)), constructor


def _instance_constructor(expr: ast.expr, semantic: SemanticModel) -> ast.Call | None:
    value = resolve(expr, semantic)
    if isinstance(value, ast.Call) and semantic.qualified_name(value.func) in INSTANCE_CLASSES:
        return value
    return None


# -- folding ---------------------------------------------------------------------------------


def resolve(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> ast.expr:
    """Follow a name (or a class attribute) to the one value it is assigned, as far as it goes."""
    while depth < MAX_DEPTH:
        if isinstance(expr, ast.Name):
            values = semantic.assigned_values(expr)
        elif isinstance(expr, ast.Attribute):
            values = _attribute_values(expr, semantic)
        else:
            return expr
        if not values or len(values) != 1 or values[0] is None:
            return expr
        expr, depth = values[0], depth + 1
    return expr


def _attribute_values(expr: ast.Attribute, semantic: SemanticModel) -> list[ast.expr | None]:
    """`Config.SECRET` (a class of this file) or `self.options` (set once in its class)."""
    if not isinstance(expr.value, ast.Name):
        return []
    klass = _local_class(expr.value, semantic)
    if klass is not None:
        return _class_body_values(klass, expr.attr)
    method = semantic.scope_of.get(expr)
    if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
        return []
    params = method.args.posonlyargs + method.args.args
    owner = semantic.scope_of.get(method)
    if not params or params[0].arg != expr.value.id or not isinstance(owner, ast.ClassDef):
        return []
    values: list[ast.expr | None] = [*semantic.attribute_values.get((owner, expr.attr), [])]
    values += _class_body_values(owner, expr.attr)
    return values


def _local_class(name: ast.Name, semantic: SemanticModel) -> ast.ClassDef | None:
    bindings = semantic.lookup(name.id, name)
    if not bindings or len(bindings) != 1 or bindings[0].kind != "class":
        return None
    target = bindings[0].target
    for node, qualname in semantic.qualnames.items():
        if isinstance(node, ast.ClassDef) and f"{semantic.module}.{qualname}" == target:
            return node
    return None


def _class_body_values(klass: ast.ClassDef, attr: str) -> list[ast.expr | None]:
    values: list[ast.expr | None] = []
    for statement in klass.body:
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, ast.AnnAssign):
            targets = [statement.target]
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == attr for t in targets):
            values.append(statement.value)
    return values


def fold_str(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> str | None:
    """The string `expr` always holds (literal, constant, local assigned once), else None."""
    if depth > MAX_DEPTH:
        return None
    value = resolve(expr, semantic)
    literal = semantic.literal_value(value)
    if isinstance(literal, str):
        return literal
    if isinstance(value, ast.Attribute):
        owner = semantic.qualified_name(value.value)
        if owner in ALGORITHM_NAMESPACES:
            return NAMESPACE_RENAMES.get(value.attr, value.attr)
    if isinstance(value, ast.JoinedStr):
        parts = [_fold_part(v, semantic, depth + 1) for v in value.values]
        return None if any(p is None for p in parts) else "".join(p or "" for p in parts)
    return None


def _fold_part(part: ast.expr, semantic: SemanticModel, depth: int) -> str | None:
    if isinstance(part, ast.Constant) and isinstance(part.value, str):
        return part.value
    if isinstance(part, ast.FormattedValue) and part.format_spec is None:
        return fold_str(part.value, semantic, depth)
    return None


def fold_algorithms(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> Algorithms:
    """What an `algorithms` argument allows: names, plus whether some are unknown."""
    value = resolve(expr, semantic)
    if depth > MAX_DEPTH:
        return Algorithms(unknown=True)
    if isinstance(value, ast.List | ast.Tuple | ast.Set):
        return _merge([_fold_element(e, semantic, depth + 1) for e in value.elts])
    if isinstance(value, ast.Call):
        return _fold_algorithms_call(value, semantic, depth)
    if isinstance(value, ast.Attribute):
        owner = semantic.qualified_name(value.value)
        if owner in ALGORITHM_NAMESPACES and value.attr in ALGORITHM_GROUPS:
            return Algorithms(ALGORITHM_GROUPS[value.attr])
    return _fold_element(value, semantic, depth + 1)


def _fold_algorithms_call(call: ast.Call, semantic: SemanticModel, depth: int) -> Algorithms:
    name = semantic.qualified_name(call.func)
    if name in ALL_ALGORITHMS_CALLS:
        return Algorithms(ALL_ALGORITHMS)
    if name in _WRAPPERS and len(call.args) == 1 and not call.keywords:
        return fold_algorithms(call.args[0], semantic, depth + 1)
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "keys" and not call.args:
        return fold_algorithms(func.value, semantic, depth + 1)
    return Algorithms(unknown=True)


def _fold_element(element: ast.expr, semantic: SemanticModel, depth: int) -> Algorithms:
    if isinstance(element, ast.Starred):
        return fold_algorithms(element.value, semantic, depth)
    name = fold_str(element, semantic)
    if name is not None:
        return Algorithms(frozenset({name}))
    if is_header_alg(element, semantic):
        return Algorithms(from_header=True)
    return Algorithms(unknown=True)


def _merge(parts: list[Algorithms]) -> Algorithms:
    return Algorithms(
        frozenset().union(*(p.names for p in parts)) if parts else frozenset(),
        any(p.unknown for p in parts),
        any(p.from_header for p in parts),
    )


def is_header_alg(expr: ast.expr, semantic: SemanticModel) -> bool:
    """`header["alg"]` / `header.get("alg")` where `header` is the token's unverified header."""
    value = resolve(expr, semantic)
    if isinstance(value, ast.Subscript):
        container, key = value.value, value.slice
    elif (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "get"
        and value.args
    ):
        container, key = value.func.value, value.args[0]
    else:
        return False
    if fold_str(key, semantic) != ALG_HEADER:
        return False
    source = resolve(container, semantic)
    return (
        isinstance(source, ast.Call)
        and semantic.qualified_name(source.func) in UNVERIFIED_HEADER_FUNCTIONS
    )


def dict_entries(
    expr: ast.expr, semantic: SemanticModel, depth: int = 0
) -> dict[str, ast.expr] | None:
    """The entries of a dict whose keys are all known (`{...}`, `dict(...)`), else None."""
    if depth > MAX_DEPTH:
        return None
    value = resolve(expr, semantic)
    if isinstance(value, ast.Dict):
        return _dict_literal_entries(value, semantic, depth)
    if isinstance(value, ast.Call) and semantic.qualified_name(value.func) == "builtins.dict":
        return _dict_call_entries(value, semantic, depth)
    return None


def _dict_literal_entries(
    value: ast.Dict, semantic: SemanticModel, depth: int
) -> dict[str, ast.expr] | None:
    entries: dict[str, ast.expr] = {}
    for key, item in zip(value.keys, value.values, strict=True):
        if key is None:
            spread = dict_entries(item, semantic, depth + 1)
            if spread is None:
                return None
            entries.update(spread)
            continue
        name = fold_str(key, semantic)
        if name is None:
            return None
        entries[name] = item
    return entries


def _dict_call_entries(
    value: ast.Call, semantic: SemanticModel, depth: int
) -> dict[str, ast.expr] | None:
    entries: dict[str, ast.expr] = {}
    if len(value.args) > 1:
        return None
    if value.args:
        base = dict_entries(value.args[0], semantic, depth + 1)
        if base is None:
            return None
        entries.update(base)
    for keyword in value.keywords:
        if keyword.arg is None:
            spread = dict_entries(keyword.value, semantic, depth + 1)
            if spread is None:
                return None
            entries.update(spread)
        else:
            entries[keyword.arg] = keyword.value
    return entries


def is_false(expr: ast.expr, semantic: SemanticModel) -> bool:
    value = semantic.literal_value(resolve(expr, semantic))
    return value is not UNKNOWN and isinstance(value, bool | int) and not value


def signature_disabled(call: JwtCall, semantic: SemanticModel) -> str | None:
    """How a decode call turns signature checking off (`options`, `verify=False`), or None."""
    verify = call.arg("verify")
    if verify is not None and is_false(verify, semantic):
        return "verify=False"
    options = call.arg("options")
    if options is None:
        return None
    entries = dict_entries(options, semantic)
    if entries is None:
        return None
    flag = entries.get(VERIFY_SIGNATURE_OPTION)
    if flag is not None and is_false(flag, semantic):
        return 'options={"verify_signature": False}'
    return None
