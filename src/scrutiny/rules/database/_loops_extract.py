"""One file reduced to the facts of the loop and evaluation rules (DB102-DB105).

Not a rule (it defines no `RULE`). Computed once per file (`FileContext.shared`) for the four
rules; the walk visits only the calls the semantic model recorded per function, so files that use
no ORM cost one look at their imports.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import replace

from scrutiny.context import FileContext
from scrutiny.frameworks import orm_apis as api
from scrutiny.frameworks import orm_loops as data
from scrutiny.orm.extract import model_facts
from scrutiny.semantic.model import SemanticModel
from scrutiny.semantic.walk import walk

from ._loops_chains import ORM_METHODS, Chain, Reader, describe
from ._loops_context import (
    LoopNode,
    bound_in_loop,
    depends_on,
    enclosing_loop,
    has_bulk_alternative,
    is_constant_loop,
    is_list_handler,
    is_request_handler,
    loop_header,
    loop_iterable,
    loop_targets,
    runs_at_most_once,
)
from ._loops_evaluations import list_classes, unbounded_results, wasteful_evaluations
from ._loops_facts import DbOp, FunctionOps, Loop, LoopCall, LoopFileFacts
from ._loops_fixes import query_fix, save_fix
from ._loops_serializers import serializer_row_methods
from ._nodes import LOOP_TYPES, structural_nodes

SHARED_KEY = "db.loops"
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def loop_facts(file: FileContext, *kinds: str) -> LoopFileFacts | None:
    """The file's facts for the rules that read `kinds` (see `LoopFileFacts.part`)."""
    return file.shared(SHARED_KEY, _extract).part(*kinds)


def _extract(file: FileContext) -> LoopFileFacts:
    semantic = file.semantic
    default_pagination = _sets_default_pagination(semantic)
    empty = LoopFileFacts(semantic.module, (), (), (), (), (), (), (), default_pagination)
    if "/migrations/" in f"/{file.path}":
        return empty
    reader = Reader(semantic, _imports(semantic, data.SQLALCHEMY_PACKAGES))
    extraction = _Extraction(file, reader)
    scope_of = semantic.scope_of
    looping: dict[ast.AST | None, list[ast.AST]] = {}  # the loops of each scope
    for node in structural_nodes(file):
        if type(node) in LOOP_TYPES:
            looping.setdefault(scope_of.get(node), []).append(node)
    if not _may_use_orm(file):
        # no ORM here, but a loop may call a helper that queries in another module
        for scope in looping:
            if isinstance(scope, _FUNCTIONS):
                extraction.helper_calls(scope)
        return replace(empty, loop_calls=tuple(extraction.loop_calls))
    for scope in list(semantic.calls):
        if isinstance(scope, _FUNCTIONS):
            extraction.function(scope, _line_ranges(looping.get(scope, ())))
    return LoopFileFacts(
        module=semantic.module,
        models=model_facts(file),
        ops=tuple(extraction.ops),
        functions=tuple(extraction.functions),
        loop_calls=tuple(extraction.loop_calls),
        unbounded=tuple(extraction.unbounded),
        list_classes=list_classes(file, reader),
        wasteful=tuple(extraction.wasteful),
        default_pagination=default_pagination,
    )


def _may_use_orm(file: FileContext) -> bool:
    if _imports(file.semantic, data.ORM_PACKAGES, data.MODEL_MODULES):
        return True
    return any(any(marker in line for marker in data.ORM_SOURCE_MARKERS) for line in file.lines)


def _imports(
    semantic: SemanticModel, packages: frozenset[str], modules: frozenset[str] = frozenset()
) -> bool:
    """The file imports one of `packages`, or from a module named like one of `modules`."""
    for binding in semantic.imports():
        parts = (binding.target or "").split(".")
        if parts[0] in packages or not modules.isdisjoint(parts[:-1]):
            return True
    return False


class _Extraction:
    def __init__(self, file: FileContext, reader: Reader) -> None:
        self.file = file
        self.semantic = file.semantic
        self.reader = reader
        self.ops: list[DbOp] = []
        self.functions: list[FunctionOps] = []
        self.loop_calls: list[LoopCall] = []
        self.unbounded: list = []  # type: ignore[type-arg]
        self.wasteful: list = []  # type: ignore[type-arg]
        self._bound: dict[int, set[str]] = {}
        self._loops: dict[int, Loop | None] = {}
        self._row_methods = serializer_row_methods(file)

    def function(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, loops: list[tuple[int, int]]
    ) -> None:
        """Every call of `function` (`loops`: the lines of its loops and comprehensions)."""
        semantic = self.semantic
        request = is_request_handler(semantic, function)
        queries: list[DbOp] = []
        saves: list[DbOp] = []
        parameter_saves: list[tuple[int, DbOp]] = []
        adds: list[tuple[ast.Call, LoopNode]] = []
        flushes: list[tuple[ast.Call, LoopNode]] = []
        for call in semantic.calls.get(function, ()):
            line = call.lineno
            in_loop = any(first <= line <= last for first, last in loops)
            loop = enclosing_loop(semantic, call) if in_loop else None
            if loop is not None and is_constant_loop(semantic, loop):
                loop = None
            op = self._classify(call, loop, request)
            row = self._row_methods.get(function) if loop is None else None
            if row is not None:
                self._per_serialized_row(call, op, row)
            if op is not None:
                (queries if op.kind == "query" else saves).append(op)
                if op.loop is not None:
                    self.ops.append(op)
                continue
            if loop is None:
                param_save = self._parameter_save(call, function)
                if param_save is not None:
                    parameter_saves.append(param_save)
                continue
            if runs_at_most_once(semantic, call, loop):
                continue
            if _continues(semantic, call) or self.reader.chain(call) is not None:
                continue
            self._session_write(call, loop, adds, flushes)
            self._instance_save(call, loop, request)
            self._loop_call(call, loop, request)
        self._flushes(adds, flushes, request)
        if queries or saves or parameter_saves:
            self.functions.append(
                FunctionOps(
                    f"{semantic.module}.{semantic.qualnames[function]}",
                    tuple(queries),
                    _cached(semantic, function),
                    tuple(op for op in saves if op.loop is None),
                    tuple(parameter_saves),
                )
            )
        if is_list_handler(semantic, function, request):
            self.unbounded.extend(unbounded_results(self.file, self.reader, function))
        self.wasteful.extend(wasteful_evaluations(self.file, self.reader, function))

    def helper_calls(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """Only the calls a loop makes to project functions (a module that uses no ORM)."""
        semantic = self.semantic
        request: bool | None = None
        for call in semantic.calls.get(function, ()):
            if not isinstance(call.func, ast.Name | ast.Attribute):
                continue
            loop = enclosing_loop(semantic, call)
            if loop is None or is_constant_loop(semantic, loop):
                continue
            if runs_at_most_once(semantic, call, loop):
                continue
            if request is None:
                request = is_request_handler(semantic, function)
            self._loop_call(call, loop, request)

    # -- queries and bulk-replaceable writes ----------------------------------------------------

    def _classify(self, call: ast.Call, loop: LoopNode | None, request: bool) -> DbOp | None:
        func = call.func
        semantic = self.semantic
        if not isinstance(func, ast.Attribute):
            if not isinstance(func, ast.Name) or func.id not in _QUERY_FUNCTION_NAMES:
                return None
            name = semantic.qualified_name(func) or ""
            if name in data.DJANGO_QUERY_FUNCTIONS and call.args:
                model = self.reader.class_name(call.args[0])
                return self._op(call, loop, request, "query", "get", model, True, None)
            return None
        method = func.attr
        if method not in _CLASSIFIED_METHODS:
            return None
        if self.reader.is_session(func.value):
            return self._session_op(call, loop, request)
        if _continues(semantic, call):
            return None
        chain = self.reader.chain(func.value)
        if chain is None:
            return None
        if chain.framework == "django" and any(
            m not in api.DJANGO_QUERYSET_METHODS for m in chain.methods
        ):
            return None  # called on a row, a dict or a number (`in_bulk().get()`)
        if chain.framework == "django":
            if method in data.DJANGO_QUERY_METHODS:
                return self._op(
                    call, loop, request, "query", method, chain.model, chain.verified, chain
                )
            if method in data.DJANGO_WRITE_METHODS:
                return self._op(
                    call, loop, request, "save", method, chain.model, chain.verified, chain
                )
            return self._evaluated(call, chain.then(method), loop, request)
        if chain.session_query and method in data.QUERY_TERMINALS:
            return self._op(
                call, loop, request, "query", method, chain.model, chain.verified, chain
            )
        return None

    def _evaluated(
        self, call: ast.Call, chain: Chain, loop: LoopNode | None, request: bool
    ) -> DbOp | None:
        """A lazy Django queryset evaluated right here: iterated, listed or indexed."""
        if loop is None or not _evaluates(self.semantic, call):
            return None
        return self._op(call, loop, request, "query", "iterate", chain.model, chain.verified, chain)

    def _session_op(self, call: ast.Call, loop: LoopNode | None, request: bool) -> DbOp | None:
        func = call.func
        assert isinstance(func, ast.Attribute)
        method = func.attr
        if method in {"get", "get_one"}:
            model = self.reader.class_name(call.args[0]) if call.args else None
            if model is None:
                return None
            return self._op(call, loop, request, "query", method, model, True, None, True)
        if method not in {"execute", "scalar", "scalars"} or not call.args:
            return None
        statement = self.reader.chain(call.args[0])
        kind = statement.statement if statement is not None else None
        if kind == "save":
            return self._op(
                call,
                loop,
                request,
                "save",
                "execute",
                statement.model if statement else None,
                True,
                statement,
            )
        model = statement.model if statement is not None else None
        return self._op(call, loop, request, "query", method, model, True, statement, True)

    def _op(
        self,
        call: ast.Call,
        loop: LoopNode | None,
        request: bool,
        kind: str,
        method: str,
        model: str | None,
        verified: bool,
        chain: Chain | None,
        session: bool = False,
    ) -> DbOp:
        semantic = self.semantic
        where = self._loop(loop) if loop is not None else None
        if loop is not None and (
            runs_at_most_once(semantic, call, loop)
            or _batching(loop)
            or self._per_table(call, loop)
        ):
            where = None
        if kind == "save" and loop is not None and has_bulk_alternative(semantic, loop):
            where = None
        invariant = False
        if where is not None and loop is not None:
            invariant = not depends_on(call, self._bound_names(loop))
        what = f"`{describe(call)}`"
        fix = (
            query_fix(method, model, chain, invariant, what, session)
            if kind == "query"
            else save_fix(method, model, chain)
        )
        return DbOp(
            kind,  # type: ignore[arg-type]
            self.file.site(call),
            what,
            method,
            model,
            verified,
            fix,
            where,
            invariant,
            request,
            chain.manager if chain is not None else None,
            chain.relation if chain is not None else None,
        )

    def _per_table(self, call: ast.Call, loop: LoopNode) -> bool:
        """The model itself changes with the loop (`for model in apps.get_models():
        model.objects.count()`): one query per table, which no single query replaces."""
        root: ast.expr = call.args[0] if call.args else call.func
        if isinstance(call.func, ast.Attribute):
            root = call.func
        while isinstance(root, ast.Attribute | ast.Call | ast.Subscript):
            root = root.func if isinstance(root, ast.Call) else root.value
        return (
            isinstance(root, ast.Name)
            and root.id in self._bound_names(loop)
            and self.reader.chain(root) is None
        )

    def _per_serialized_row(self, call: ast.Call, op: DbOp | None, row: Loop) -> None:
        """A `SerializerMethodField` method runs once per row of a `many=True` serializer."""
        if op is not None:
            if op.kind == "query":
                self.ops.append(replace(op, loop=row, request=True))
            return
        func = call.func
        callee: str | None = None
        if isinstance(func, ast.Name):
            callee = self.semantic.qualified_name(func)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            klass = self._self_class(func.value)
            if klass is not None:
                callee = f"{self.semantic.module}.{self.semantic.qualnames[klass]}.{func.attr}"
            else:
                callee = self.semantic.qualified_name(func)
        if callee is not None and not callee.startswith("builtins."):
            site = self.file.site(call)
            self.loop_calls.append(LoopCall(callee, describe(call), site, row, None, True))

    # -- writes per row -----------------------------------------------------------------------

    def _instance_save(self, call: ast.Call, loop: LoopNode, request: bool) -> None:
        """`row.save()` on the loop's row or on an instance built in the loop body."""
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr not in data.DJANGO_INSTANCE_WRITES:
            return
        if call.args or any(k.arg not in data.MODEL_SAVE_KEYWORDS for k in call.keywords):
            return
        receiver = func.value
        if not isinstance(receiver, ast.Name) or _named_like(receiver.id, data.NOT_ROW_WORDS):
            return
        model, verified, built = self._instance_model(receiver, loop)
        if model is None and not verified:
            return
        where = self._loop(loop)
        if where is None or has_bulk_alternative(self.semantic, loop) or _batching(loop):
            return
        method = "create" if built else "save"
        self.ops.append(
            DbOp(
                "save",
                self.file.site(call),
                f"`{receiver.id}.save()`",
                method,
                model,
                verified,
                save_fix(method, model, None),
                where,
                False,
                request,
            )
        )

    def _parameter_save(
        self, call: ast.Call, function: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> tuple[int, DbOp] | None:
        """`entry.save()` on a parameter of a helper: a row write for every call."""
        func = call.func
        if (
            not isinstance(func, ast.Attribute)
            or func.attr not in data.DJANGO_INSTANCE_WRITES
            or not isinstance(func.value, ast.Name)
            or call.args
            or any(k.arg not in data.MODEL_SAVE_KEYWORDS for k in call.keywords)
            or _named_like(func.value.id, data.NOT_ROW_WORDS)
        ):
            return None
        params = function.args.posonlyargs + function.args.args
        names = [p.arg for p in params]
        if isinstance(self.semantic.parent(function), ast.ClassDef):
            names = names[1:]
        if func.value.id not in names:
            return None
        what = f"`{func.value.id}.save()`"
        site = self.file.site(call)
        op = DbOp("save", site, what, "save", None, True, save_fix("save", None, None), None)
        return names.index(func.value.id), op

    def _instance_model(self, name: ast.Name, loop: LoopNode) -> tuple[str | None, bool, bool]:
        """(model, proven, built here) for the instance a name holds inside the loop."""
        targets = _target_names(loop)
        if name.id in targets:
            chain = self.reader.chain(loop_iterable(loop))
            if chain is not None and chain.framework == "django" and not chain.columns_only:
                return chain.model, chain.verified, False
            if _named_like(ast.unparse(loop_iterable(loop)), data.NOT_ROW_WORDS):
                return None, False, False
            return None, True, False  # the loop's row, of a type we cannot see: a model instance
        values = self.semantic.assigned_values(name) or []
        for value in values:
            if isinstance(value, ast.Call) and enclosing_loop(self.semantic, value) is loop:
                model = self.reader.class_name(value.func)
                if model is not None:
                    return model, False, True
                chain = self.reader.chain(value)
                if chain is not None and chain.framework == "django":
                    return chain.model, chain.verified, False
        return None, False, False

    def _session_write(
        self,
        call: ast.Call,
        loop: LoopNode,
        adds: list[tuple[ast.Call, LoopNode]],
        flushes: list[tuple[ast.Call, LoopNode]],
    ) -> None:
        func = call.func
        if not isinstance(func, ast.Attribute) or not self.reader.is_session(func.value):
            return
        if func.attr in data.SESSION_ADD_METHODS:
            adds.append((call, loop))
        elif func.attr in data.SESSION_FLUSH_METHODS:
            flushes.append((call, loop))

    def _flushes(
        self,
        adds: list[tuple[ast.Call, LoopNode]],
        flushes: list[tuple[ast.Call, LoopNode]],
        request: bool,
    ) -> None:
        """`session.commit()` / `flush()` once per row, after an `add` or a change to the row."""
        for call, loop in flushes:
            staged = any(staged_in is loop for _, staged_in in adds) or self._mutates_row(loop)
            where = self._loop(loop)
            if (
                not staged
                or where is None
                or has_bulk_alternative(self.semantic, loop)
                or _batching(loop)
            ):
                continue
            func = call.func
            assert isinstance(func, ast.Attribute)
            self.ops.append(
                DbOp(
                    "save",
                    self.file.site(call),
                    f"`{describe(call)}`",
                    func.attr,
                    None,
                    True,
                    save_fix(func.attr, None, None),
                    where,
                    False,
                    request,
                )
            )

    def _mutates_row(self, loop: LoopNode) -> bool:
        if not isinstance(loop, ast.For | ast.AsyncFor):
            return False
        targets = _target_names(loop)
        for statement in loop.body:
            for node in walk(statement):
                if isinstance(node, ast.Assign | ast.AugAssign):
                    assigned = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for target in assigned:
                        if (
                            isinstance(target, ast.Attribute)
                            and isinstance(target.value, ast.Name)
                            and target.value.id in targets
                        ):
                            return True
        return False

    # -- helpers and row methods called from a loop -------------------------------------------

    def _loop_call(self, call: ast.Call, loop: LoopNode, request: bool) -> None:
        func = call.func
        if isinstance(func, ast.Name):
            callee, member_of = self.semantic.qualified_name(func), None
        elif isinstance(func, ast.Attribute):
            callee, member_of = self._method_callee(func, loop)
        else:
            return
        if callee is None or callee.startswith("builtins."):
            return
        where = self._loop(loop)
        if where is None:
            return
        targets = _target_names(loop)
        rows = tuple(
            i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id in targets
        )
        site = self.file.site(call)
        self.loop_calls.append(
            LoopCall(callee, describe(call), site, where, member_of, request, rows)
        )

    def _method_callee(self, func: ast.Attribute, loop: LoopNode) -> tuple[str | None, str | None]:
        """`module.helper`, `self.method`, `row.method` (a model method of the loop's rows) and
        `self.repository.method` (an attribute set from a project class in `__init__`)."""
        value = func.value
        if isinstance(value, ast.Name):
            callee = self.semantic.qualified_name(func)
            if callee is not None:
                return callee, None
            klass = self._self_class(value)
            if klass is not None:
                return f"{self.semantic.module}.{self.semantic.qualnames[klass]}.{func.attr}", None
            if value.id in _target_names(loop):
                where = self._loop(loop)
                if where is not None and where.model is not None:
                    return f"{where.model}.{func.attr}", where.model
            return None, None
        if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
            klass = self._self_class(value.value)
            if klass is None:
                return None, None
            owner = self._attribute_class(klass, value.attr)
            return (f"{owner}.{func.attr}", None) if owner is not None else (None, None)
        return None, None

    def _attribute_class(self, klass: ast.ClassDef, attribute: str) -> str | None:
        """The project class `self.<attribute>` is built from in every assignment."""
        values = self.semantic.attribute_values.get((klass, attribute), [])
        owners = {
            self.reader.class_name(v.func) if isinstance(v, ast.Call) else None for v in values
        }
        if len(owners) == 1:
            return owners.pop()
        return None

    def _self_class(self, name: ast.Name) -> ast.ClassDef | None:
        function = self.semantic.scope_of.get(name)
        while function is not None and not isinstance(function, _FUNCTIONS):
            function = self.semantic.scope_of.get(function)
        if function is None:
            return None
        params = function.args.posonlyargs + function.args.args
        klass = self.semantic.parent(function)
        if params and params[0].arg == name.id and isinstance(klass, ast.ClassDef):
            return klass
        return None

    # -- memo ---------------------------------------------------------------------------------

    def _loop(self, loop: LoopNode) -> Loop | None:
        key = id(loop)
        if key not in self._loops:
            chain = self.reader.chain(loop_iterable(loop))
            model = chain.model if chain is not None and not chain.columns_only else None
            header = loop_header(loop, self.file.lines)
            deliberate = has_bulk_alternative(self.semantic, loop)
            self._loops[key] = Loop(self.file.site(loop), header, model, deliberate)
        return self._loops[key]

    def _bound_names(self, loop: LoopNode) -> set[str]:
        key = id(loop)
        if key not in self._bound:
            self._bound[key] = bound_in_loop(loop)
        return self._bound[key]


def _line_ranges(loops: Iterable[ast.AST]) -> list[tuple[int, int]]:
    """The first and last line of each loop: a call outside all of them is in none."""
    return [(n.lineno, n.end_lineno or n.lineno) for n in loops]  # type: ignore[attr-defined]


def _batching(loop: LoopNode) -> bool:
    """A loop over chunks (`for chunk in batched(ids, 500)`, `range(0, n, size)`): one query or
    write per chunk is the bulk pattern, not the problem."""
    iterable = loop_iterable(loop)
    if (
        isinstance(iterable, ast.Call)
        and isinstance(iterable.func, ast.Name)
        and iterable.func.id == "range"
        and len(iterable.args) == 3
    ):
        return True
    return _named_like(ast.unparse(iterable), data.BATCH_WORDS)


def _named_like(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in words)


def _target_names(loop: LoopNode) -> set[str]:
    names: set[str] = set()
    for target in loop_targets(loop):
        if isinstance(target, ast.Name):
            names.add(target.id)
        else:
            names.update(n.id for n in walk(target) if isinstance(n, ast.Name))
    return names


_CHAIN_METHODS = ORM_METHODS
_QUERY_FUNCTION_NAMES = frozenset(n.rpartition(".")[2] for n in data.DJANGO_QUERY_FUNCTIONS)
# methods worth reading a receiver for: everything else (`append`, `join`...) is skipped at once
_CLASSIFIED_METHODS = (
    _CHAIN_METHODS
    | data.SESSION_QUERY_METHODS
    | data.SESSION_ADD_METHODS
    | data.SESSION_FLUSH_METHODS
)


def _continues(semantic: SemanticModel, node: ast.expr) -> bool:
    """The call is not the end of its chain (`.filter(...)` in `.filter(...).first()`); an
    attribute read or a method of the result (`.first().currency`, `.get().save()`) ends it."""
    parent = semantic.parent(node)
    if isinstance(parent, ast.Attribute) and parent.value is node:
        grand = semantic.parent(parent)
        return (
            isinstance(grand, ast.Call) and grand.func is parent and parent.attr in _CHAIN_METHODS
        )
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return isinstance(parent.slice, ast.Slice) and _continues(semantic, parent)
    return False


_EVALUATING_BUILTINS = frozenset(
    {
        "builtins.list",
        "builtins.len",
        "builtins.tuple",
        "builtins.set",
        "builtins.sorted",
        "builtins.sum",
        "builtins.any",
        "builtins.all",
        "builtins.bool",
        "builtins.dict",
        "builtins.next",
    }
)


def _evaluates(semantic: SemanticModel, call: ast.Call) -> bool:
    """The queryset ending at `call` is evaluated where it stands."""
    node: ast.AST = call
    parent = semantic.parent(node)
    if isinstance(parent, ast.Subscript) and parent.value is node:
        if not isinstance(parent.slice, ast.Slice):
            return True
        node, parent = parent, semantic.parent(parent)
    if isinstance(parent, ast.For | ast.AsyncFor | ast.comprehension) and parent.iter is node:
        return True
    if isinstance(parent, ast.Call) and node in parent.args:
        return (semantic.qualified_name(parent.func) or "") in _EVALUATING_BUILTINS
    return bool(isinstance(parent, ast.If | ast.While | ast.IfExp) and parent.test is node)


def _cached(semantic: SemanticModel, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (semantic.qualified_name(target) or "") in data.CACHING_DECORATORS:
            return True
    return False


def _sets_default_pagination(semantic: SemanticModel) -> bool:
    for statement in semantic.tree.body:
        for node in _settings_dicts(statement):
            for key, value in zip(node.keys, node.values, strict=False):
                if (
                    isinstance(key, ast.Constant)
                    and key.value == data.DRF_DEFAULT_PAGINATION
                    and not (isinstance(value, ast.Constant) and value.value is None)
                ):
                    return True
    return False


def _settings_dicts(statement: ast.stmt) -> Iterator[ast.Dict]:
    if isinstance(statement, ast.Assign | ast.AnnAssign) and isinstance(statement.value, ast.Dict):
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        if any(isinstance(t, ast.Name) and t.id == data.DRF_SETTINGS for t in targets):
            yield statement.value
