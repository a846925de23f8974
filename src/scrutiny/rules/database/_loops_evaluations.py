"""Evaluations that fetch more than they use: unbounded lists in request handlers (DB104) and
`len(qs)`, `if qs:`, `list(qs)[0]`, whole rows read for a column (DB105).

Not a rule (it defines no `RULE`).
"""

from __future__ import annotations

import ast
from collections import defaultdict

from scrutiny.context import FileContext
from scrutiny.frameworks import orm_apis as api
from scrutiny.frameworks import orm_loops as data
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.walk import walk

from ._loops_chains import Chain, Reader, describe
from ._loops_context import enclosing_loop
from ._loops_facts import ListClass, Unbounded, Wasteful

Function = ast.FunctionDef | ast.AsyncFunctionDef
_ALL = "builtins.list"
_BUILTIN_NAMES = frozenset({"len", "bool", "list"})
_LEN = "builtins.len"
_BOOL = "builtins.bool"
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
# a queryset that already narrows its columns or loads relations on purpose
_NOT_PLAIN_ROWS = frozenset({"select_related", "prefetch_related", "only", "defer"})

# -- DB104: unbounded results in a list handler -------------------------------------------------


def unbounded_results(file: FileContext, reader: Reader, function: Function) -> list[Unbounded]:
    semantic = file.semantic
    calls = semantic.calls.get(function, [])
    if any(_paginates(semantic, call) for call in calls) or _paginated_route(function):
        return []
    found: list[Unbounded] = []
    seen: set[int] = set()
    for call in calls:
        result = _sqlalchemy_all(file, reader, call) or _django_sink(file, reader, call)
        if result is not None and result.site.location.line not in seen:
            seen.add(result.site.location.line)
            found.append(result)
    if _serializing_route(function):
        for node in walk(function):
            if isinstance(node, ast.Return) and node.value is not None:
                chain = _listed_chain(semantic, reader, node.value)
                if chain is not None and node.lineno not in seen:
                    seen.add(node.lineno)
                    found.append(_unbounded(file, node, chain, "returned for serialization"))
    return found


def _route_decorators(function: Function) -> list[str]:
    names = []
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        names.append(target.attr if isinstance(target, ast.Attribute) else ast.unparse(target))
    return names


def _paginated_route(function: Function) -> bool:
    return any("paginat" in name.lower() for name in _route_decorators(function))


def _serializing_route(function: Function) -> bool:
    """A route whose framework serializes what it returns (Django Ninja, FastAPI-style)."""
    return any(name in data.ROUTE_DECORATORS for name in _route_decorators(function))


def _paginates(semantic: SemanticModel, call: ast.Call) -> bool:
    name = semantic.qualified_name(call.func) or ""
    if name in data.PAGINATORS or name.rpartition(".")[2].endswith("Paginator"):
        return True
    return isinstance(call.func, ast.Attribute) and call.func.attr in data.PAGINATE_METHODS


def _sqlalchemy_all(file: FileContext, reader: Reader, call: ast.Call) -> Unbounded | None:
    """`session.query(M)...all()`, `session.scalars(select(M)).all()`, `M.query.all()`."""
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr not in data.RESULT_ALL:
        return None
    receiver = func.value
    chain = reader.chain(receiver)
    if chain is not None and chain.framework == "sqlalchemy" and chain.session_query:
        if chain.bounded or chain.by_key:
            return None
        return _unbounded(file, call, chain, "loaded with `.all()`")
    statement = _executed_statement(reader, receiver)
    if (
        statement is not None
        and statement.statement == "query"
        and not statement.bounded
        and not statement.by_key
    ):
        return _unbounded(file, call, statement, "loaded with `.all()`")
    return None


def _executed_statement(reader: Reader, receiver: ast.expr, depth: int = 0) -> Chain | None:
    """The statement of `session.scalars(stmt)`, `session.execute(stmt).scalars()`."""
    if isinstance(receiver, ast.Await):
        receiver = receiver.value
    if isinstance(receiver, ast.Name) and depth < 2:
        values = reader.semantic.assigned_values(receiver) or []
        if len(values) == 1 and values[0] is not None:
            return _executed_statement(reader, values[0], depth + 1)
        return None
    if (
        isinstance(receiver, ast.Call)
        and isinstance(receiver.func, ast.Attribute)
        and receiver.func.attr in {"scalars", "unique"}
        and not receiver.args
    ):
        return _executed_statement(reader, receiver.func.value, depth)
    if (
        isinstance(receiver, ast.Call)
        and isinstance(receiver.func, ast.Attribute)
        and receiver.func.attr in {"execute", "scalars"}
        and receiver.args
        and reader.is_session(receiver.func.value)
    ):
        return reader.chain(receiver.args[0])
    return None


def _django_sink(file: FileContext, reader: Reader, call: ast.Call) -> Unbounded | None:
    """A queryset handed whole to a serializer (`many=True`) or a response/render context."""
    semantic = file.semantic
    many = any(
        k.arg == data.SERIALIZER_MANY and isinstance(k.value, ast.Constant) and k.value.value
        for k in call.keywords
    )
    if many and call.args:
        chain = _listed_chain(semantic, reader, call.args[0])
        if chain is not None:
            return _unbounded(file, call, chain, "serialized with `many=True`")
        return None
    name = semantic.qualified_name(call.func) or ""
    if name not in data.DJANGO_RENDERS:
        return None
    for value in _context_values(semantic, call):
        chain = _listed_chain(semantic, reader, value)
        if chain is not None:
            how = "rendered" if "render" in name or "Template" in name else "put in the response"
            return _unbounded(file, call, chain, how)
    return None


def _context_values(semantic: SemanticModel, call: ast.Call) -> list[ast.expr]:
    values: list[ast.expr] = []
    for argument in [*call.args, *(k.value for k in call.keywords)]:
        if isinstance(argument, ast.Name):
            assigned = semantic.assigned_values(argument) or []
            argument = next((v for v in assigned if isinstance(v, ast.Dict)), argument)
        if isinstance(argument, ast.Dict):
            values.extend(argument.values)
        elif not isinstance(argument, ast.Constant):
            values.append(argument)
    return values


def _listed_chain(semantic: SemanticModel, reader: Reader, expr: ast.expr) -> Chain | None:
    """A Django queryset of every row: the expression itself, `list(qs)`, `[... for x in qs]`."""
    if isinstance(expr, ast.Call) and (semantic.qualified_name(expr.func) or "") == _ALL:
        expr = expr.args[0] if expr.args else expr
    elif isinstance(expr, _COMPREHENSIONS):
        expr = expr.generators[0].iter
    chain = reader.chain(expr)
    if chain is None or chain.framework != "django" or chain.bounded or chain.by_key:
        return None
    if _is_terminal(chain):
        return None
    if not chain.methods:
        return None  # a bare manager is not a list (`Book.objects`)
    return chain


def _unbounded(file: FileContext, node: ast.AST, chain: Chain, how: str) -> Unbounded:
    name = chain.model_name
    if chain.framework == "django":
        fix = (
            'paginate with `Paginator(queryset, 50).get_page(request.GET.get("page"))` '
            "(or a DRF `pagination_class`), or slice it: `[:100]`"
        )
    elif chain.session_query:
        fix = "bound it: `.limit(limit).offset(offset)` with a capped `limit` query parameter"
    else:
        fix = f"bound it: `select({name})...limit(limit).offset(offset)` with a capped `limit`"
    what = f"`{chain.text}`"
    return Unbounded(
        site=file.site(node),
        what=what,
        model=chain.model,
        verified=chain.verified,
        fix=fix,
        trace_note=f"every `{name}` row of `{chain.text}` is {how}",
        manager=chain.manager,
    )


# -- DB104: list views without pagination --------------------------------------------------------

_LIST_ATTRIBUTES = frozenset(
    {"queryset", "model", data.DRF_PAGINATION_ATTRIBUTE, "paginate_by", "get_queryset"}
)


def list_classes(file: FileContext, reader: Reader) -> tuple[ListClass, ...]:
    semantic = file.semantic
    found: list[ListClass] = []
    for statement in semantic.tree.body:
        if not isinstance(statement, ast.ClassDef) or not statement.bases:
            continue
        attributes: dict[str, ast.expr | None] = {}
        methods: set[str] = set()
        returned: list[ast.expr | None] = []
        for item in statement.body:
            if isinstance(item, ast.Assign):
                for target in item.targets:
                    if isinstance(target, ast.Name):
                        attributes[target.id] = item.value
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                attributes[item.target.id] = item.value
            elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                methods.add(item.name)
                if item.name == "get_queryset":
                    returned = _returned_values(item)
        if not (_LIST_ATTRIBUTES & (set(attributes) | methods)):
            continue
        queryset = attributes.get("queryset") or attributes.get("model")
        declared = attributes.get("queryset")
        chain = reader.chain(declared) if declared is not None else None
        unpaginated = frozenset(
            name
            for name, value in attributes.items()
            if isinstance(value, ast.Constant) and not value.value
        )
        found.append(
            ListClass(
                qualname=f"{semantic.module}.{statement.name}",
                site=file.site(statement),
                bases=tuple(semantic.qualified_name(b) or ast.unparse(b) for b in statement.bases),
                attributes=frozenset(attributes)
                | frozenset(m for m in methods if m == "get_queryset"),
                unpaginated=unpaginated,
                queryset=describe(queryset) if queryset is not None else None,
                queryset_line=queryset.lineno if queryset is not None else statement.lineno,
                sliced=(chain is not None and chain.bounded) or _all_bounded(returned, reader),
                overrides_list=bool(methods & {"list", "get", "paginate_queryset"}),
            )
        )
    return tuple(found)


def _returned_values(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr | None]:
    """What `get_queryset()` returns, on every path (nested functions excluded)."""
    found: list[ast.expr | None] = []
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Return):
            found.append(node.value)
        elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))
    return found


def _all_bounded(returned: list[ast.expr | None], reader: Reader) -> bool:
    """`get_queryset()` returns a sliced or otherwise bounded queryset on every path."""
    chains = [reader.chain(value) if value is not None else None for value in returned]
    return bool(chains) and all(chain is not None and chain.bounded for chain in chains)


# -- DB105: wasteful evaluations ------------------------------------------------------------------


def wasteful_evaluations(file: FileContext, reader: Reader, function: Function) -> list[Wasteful]:
    semantic = file.semantic
    found: list[Wasteful] = []
    for call in semantic.calls.get(function, []):
        if not isinstance(call.func, ast.Name) or len(call.args) != 1:
            continue
        if call.func.id not in _BUILTIN_NAMES:
            continue
        name = semantic.qualified_name(call.func) or ""
        if name in (_LEN, _BOOL):
            found.extend(_len_or_bool(file, reader, function, call, name == _LEN))
        elif name == _ALL:
            found.extend(_list_first(file, reader, call))
    for call in semantic.calls.get(function, []):
        if (
            isinstance(call.func, ast.Attribute)
            and call.func.attr in api.DJANGO_QUERYSET_METHODS
            and _truth_test(semantic, call) is not None
        ):
            chain = reader.chain(call)
            if chain is not None and chain.framework == "django" and not _is_terminal(chain):
                found.append(_exists(file, call, code(call), chain))
    candidates = _queryset_names(semantic, reader, function)
    if candidates or _has_inline_loop_chain(semantic, reader, function):
        found.extend(_truthiness_and_rows(file, reader, function, candidates))
    return found


def _len_or_bool(
    file: FileContext, reader: Reader, function: Function, call: ast.Call, is_len: bool
) -> list[Wasteful]:
    argument = call.args[0]
    chain = reader.chain(argument)
    if chain is None or chain.framework != "django" or chain.sliced or not chain.methods:
        return []
    if _is_terminal(chain):
        return []
    if isinstance(argument, ast.Name) and _loads(file.semantic, function, argument.id) > 1:
        return []
    text = code(argument)
    if is_len:
        return [
            Wasteful(
                file.site(call),
                f"`len({text})` fetches every row to count them; `{text}.count()` runs "
                "`SELECT COUNT(*)`",
                f"`{text}.count()`",
                chain.model,
                chain.verified,
            )
        ]
    return [_exists(file, call, text, chain)]


def _exists(file: FileContext, node: ast.AST, text: str, chain: Chain) -> Wasteful:
    return Wasteful(
        file.site(node),
        f"testing `{text}` for truth fetches every row; `{text}.exists()` asks for one",
        f"`{text}.exists()`",
        chain.model,
        chain.verified,
        manager=chain.manager,
    )


def _list_first(file: FileContext, reader: Reader, call: ast.Call) -> list[Wasteful]:
    parent = file.semantic.parent(call)
    if not (isinstance(parent, ast.Subscript) and parent.value is call):
        return []
    index = file.semantic.literal_value(parent.slice)
    if index not in (0, -1):
        return []
    chain = reader.chain(call.args[0])
    if chain is None or chain.sliced or _is_terminal(chain):
        return []
    text = code(call.args[0])
    better = "first" if index == 0 else "last"
    if chain.framework == "sqlalchemy":
        return []
    return [
        Wasteful(
            file.site(call),
            f"`list({text})[{index}]` fetches every row to keep one; `{text}.{better}()` "
            "fetches one",
            f"`{text}.{better}()`",
            chain.model,
            chain.verified,
            manager=chain.manager,
        )
    ]


def _is_terminal(chain: Chain) -> bool:
    """Anything but a queryset: a row, a number, a list (`bulk_create()`), a write."""
    return chain.framework == "django" and any(
        m not in api.DJANGO_QUERYSET_METHODS for m in chain.methods
    )


def _queryset_names(semantic: SemanticModel, reader: Reader, function: Function) -> set[str]:
    names: set[str] = set()
    for name, bindings in semantic.bindings.get(function, {}).items():
        value = bindings[0].value if len(bindings) == 1 else None
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in api.DJANGO_QUERYSET_METHODS
        ):
            chain = reader.chain(value)
            if (
                chain is not None
                and chain.framework == "django"
                and chain.methods
                and not _is_terminal(chain)
                and not chain.sliced
            ):
                names.add(name)
    return names


def _has_inline_loop_chain(semantic: SemanticModel, reader: Reader, function: Function) -> bool:
    """A loop or comprehension iterates a Django queryset written in place."""
    for call in semantic.calls.get(function, []):
        if not (
            isinstance(call.func, ast.Attribute) and call.func.attr in api.DJANGO_QUERYSET_METHODS
        ):
            continue
        parent = semantic.parent(call)
        if isinstance(parent, ast.For | ast.comprehension) and parent.iter is call:
            chain = reader.chain(call)
            if chain is not None and chain.framework == "django":
                return True
    return False


def _truthiness_and_rows(
    file: FileContext, reader: Reader, function: Function, candidates: set[str]
) -> list[Wasteful]:
    semantic = file.semantic
    loads: dict[str, list[ast.Name]] = defaultdict(list)
    nodes = walk(function)
    for node in nodes:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            loads[node.id].append(node)
    found: list[Wasteful] = []
    for name in sorted(candidates):
        uses = loads.get(name, [])
        if len(uses) != 1:
            continue
        use = uses[0]
        test = _truth_test(semantic, use)
        if test is not None:
            chain = reader.chain(use)
            if chain is not None:
                found.append(_exists(file, use, name, chain))
    for node in nodes:
        if isinstance(node, ast.For | ast.AsyncFor):
            found.extend(_column_rows(file, reader, node.iter, node.target, node.body, loads))
        elif (
            isinstance(node, _COMPREHENSIONS)
            and len(node.generators) == 1
            and not node.generators[0].ifs
        ):
            generator = node.generators[0]
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            found.extend(_column_rows(file, reader, generator.iter, generator.target, parts, loads))
    return found


def _truth_test(semantic: SemanticModel, node: ast.expr) -> ast.AST | None:
    parent = semantic.parent(node)
    if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
        return _truth_test(semantic, parent)
    if isinstance(parent, ast.If | ast.While | ast.IfExp | ast.Assert) and parent.test is node:
        return parent
    if isinstance(parent, ast.BoolOp):
        return parent
    return None


def _column_rows(
    file: FileContext,
    reader: Reader,
    iterable: ast.expr,
    target: ast.expr,
    body: list[ast.stmt] | list[ast.expr],
    loads: dict[str, list[ast.Name]],
) -> list[Wasteful]:
    """`for b in Book.objects.filter(...): ids.append(b.id)`: whole rows for one or two columns."""
    if not isinstance(target, ast.Name):
        return []
    chain = reader.chain(iterable)
    if (
        chain is None
        or chain.framework != "django"
        or chain.columns_only
        or _is_terminal(chain)
        or any(m in _NOT_PLAIN_ROWS for m in chain.methods)
    ):
        return []
    if isinstance(iterable, ast.Name) and len(loads.get(iterable.id, [])) != 1:
        return []
    semantic = file.semantic
    if enclosing_loop(semantic, iterable) is not None:
        return []  # a query per outer row: DB102's
    attributes: set[str] = set()
    inside = 0
    for root in body:
        for node in walk(root):
            if isinstance(node, ast.Name) and node.id == target.id:
                inside += 1
                parent = semantic.parent(node)
                if not isinstance(parent, ast.Attribute) or parent.value is not node:
                    return []
                grand = semantic.parent(parent)
                if isinstance(grand, ast.Call) and grand.func is parent:
                    return []
                if isinstance(grand, ast.Attribute) or not isinstance(parent.ctx, ast.Load):
                    return []
                attributes.add(parent.attr)
    if not attributes or len(attributes) > 2 or inside == 0:
        return []
    columns = tuple(sorted(attributes))
    text = code(iterable)
    listed = ", ".join(f'"{c}"' for c in columns)
    fix = (
        f'`{text}.values_list("{columns[0]}", flat=True)`'
        if len(columns) == 1
        else f"`{text}.values_list({listed})` (or `.only({listed})`)"
    )
    return [
        Wasteful(
            file.site(iterable),
            f"the loop fetches whole `{chain.model_name}` rows but reads only "
            f"{', '.join(f'`{c}`' for c in columns)}",
            fix,
            chain.model,
            chain.verified,
            columns,
            chain.manager,
        )
    ]


def code(expr: ast.expr, limit: int = 70) -> str:
    """The exact source of a short expression, or how it reads without arguments."""
    text = ast.unparse(expr)
    return text if len(text) <= limit else describe(expr, limit)


def _loads(semantic: SemanticModel, function: Function, name: str) -> int:
    return sum(
        1
        for node in walk(function)
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)
    )
