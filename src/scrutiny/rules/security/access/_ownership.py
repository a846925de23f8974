"""Object lookups by client-chosen keys, and queries scoped to their owner (for SEC216).

Not a rule (it defines no `RULE`): `Ownership` is fed every function and call of a file by the
endpoint extractor (`endpoints.py`), and records `Fetch`es (`Order.objects.get(pk=pk)` in a view,
with no owner check) and `OwnerFilter`s (`Order.objects.filter(user=request.user)`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass

from scrutiny.context import FileContext
from scrutiny.frameworks import auth
from scrutiny.semantic.project import Site
from scrutiny.semantic.walk import walk

from ._names import framework_name, words

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
# any ownership word anywhere in a lower-cased name: rules most names out before splitting them
_ANY_OWNERSHIP_WORD = re.compile("|".join(map(re.escape, sorted(auth.OWNERSHIP_CHECK_WORDS))))


@dataclass(frozen=True)
class Fetch:
    """An object looked up by a key that comes from the request."""

    model: str
    key: str  # the expression the key comes from, for the message
    site: Site
    function: str


@dataclass(frozen=True)
class OwnerFilter:
    model: str
    how: str  # "user=request.user"
    site: Site


class Ownership:
    def __init__(
        self,
        file: FileContext,
        is_view_like: Callable[[FunctionNode], bool],
        staff_guarded: Callable[[FunctionNode], bool],
    ) -> None:
        self.file = file
        self.semantic = file.semantic
        self.is_view_like = is_view_like
        self.staff_guarded = staff_guarded
        self.fetches: list[Fetch] = []
        self.owner_filters: list[OwnerFilter] = []
        self._method_checks: set[ast.AST] | None = None

    def owner_filter(self, call: ast.Call) -> None:
        model = self._queried_model(call)
        if model is None:
            return
        how = self._owner_condition(call)
        if how is not None:
            self.owner_filters.append(OwnerFilter(model, how, self.file.site(call)))

    def _queried_model(self, call: ast.Call) -> str | None:
        """The model a query call is about: `M.objects.filter(...)`, `get_object_or_404(M, ...)`,
        `db.query(M).filter(...)`, `M.query.filter_by(...)`, `select(M).where(...)`."""
        func = call.func
        qualname = self.semantic.qualified_name(func) or ""
        if qualname in auth.DJANGO_SHORTCUTS and call.args:
            first = call.args[0]
            if isinstance(first, ast.Call):
                return self._queried_model(first)
            return self.semantic.qualified_name(first)
        if not isinstance(func, ast.Attribute):
            return None
        root = func.value
        while isinstance(root, ast.Call) and isinstance(root.func, ast.Attribute):
            if root.func.attr in ("query", "select") and root.args:
                return self._model_name(root.args[0])
            root = root.func.value
        if isinstance(root, ast.Call):
            name = self.semantic.qualified_name(root.func) or ""
            if name.endswith(".select") and root.args:
                return self._model_name(root.args[0])
            return None
        if isinstance(root, ast.Attribute) and root.attr in ("objects", "query"):
            return self._model_name(root.value)
        return None

    def _model_name(self, expr: ast.expr) -> str | None:
        qualname = self.semantic.qualified_name(expr)
        if qualname is None or qualname.startswith("builtins.") or framework_name(qualname):
            return None
        return qualname

    def _owner_condition(self, call: ast.Call) -> str | None:
        for keyword in call.keywords:
            if keyword.arg and _owner_field(keyword.arg) and self._is_current_user(keyword.value):
                return f"{keyword.arg}={ast.unparse(keyword.value)}"
        for argument in call.args:
            for compare in (c for c in ast.walk(argument) if isinstance(c, ast.Compare)):
                sides = [compare.left, *compare.comparators]
                owner = any(isinstance(s, ast.Attribute) and _owner_field(s.attr) for s in sides)
                if owner and any(self._is_current_user(s) for s in sides):
                    return ast.unparse(compare)
        return None

    def _is_current_user(self, expr: ast.expr) -> bool:
        for inner in ast.walk(expr):
            if isinstance(inner, ast.Attribute) and inner.attr in auth.CURRENT_USER_ATTRIBUTES:
                return True
            if isinstance(inner, ast.Name):
                if inner.id in auth.CURRENT_USER_NAMES:
                    return True
                if (self.semantic.qualified_name(inner) or "") in auth.CURRENT_USER_GLOBALS:
                    return True
        return False

    def fetches_in(self, node: FunctionNode) -> None:
        if not self.is_view_like(node):
            return
        keys = self._request_keys(node)
        if self._has_object_check(node):
            return
        for call in self.semantic.calls.get(node, ()):
            fetch = self._fetch(call, keys)
            if fetch is not None:
                self.fetches.append(fetch)

    def _request_keys(self, node: FunctionNode) -> set[str]:
        params = [a.arg for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]]
        return {p for p in params if p not in ("self", "cls", "request", "req", "db", "session")}

    def _has_object_check(self, node: FunctionNode) -> bool:
        return self.checks_owner(node, auth.OBJECT_PERMISSION_CALLS) or self.staff_guarded(node)

    def checks_owner(self, node: ast.AST, permission_calls: frozenset[str]) -> bool:
        """Whether `node` compares an owner field with the current user, hands both to an
        ownership helper, checks staff status, or calls one of `permission_calls`."""
        return any(self._owner_check(inner, permission_calls) for inner in walk(node))

    def method_checks_owner(self, method: FunctionNode) -> bool:
        """`checks_owner(method, OBJECT_PERMISSION_CALLS - {"get_object"})`, for a method of a
        class: the file's few owner checks are found once and marked on the functions around
        them, instead of walking every method of every class."""
        if self._method_checks is None:
            calls = auth.OBJECT_PERMISSION_CALLS - {"get_object"}
            found: set[ast.AST] = set()
            checks: list[ast.AST] = [  # `_owner_check` of an attribute, inline
                n for n in self.file.nodes(ast.Attribute) if n.attr in auth.STAFF_ATTRIBUTES
            ]
            for kind in (ast.Call, ast.Compare):  # the only other nodes `_owner_check` accepts
                checks += [n for n in self.file.nodes(kind) if self._owner_check(n, calls)]
            for node in checks:
                for ancestor in self.semantic.ancestors(node):
                    if isinstance(ancestor, FunctionNode):
                        if ancestor in found:
                            break  # and so are the functions around it
                        found.add(ancestor)
            self._method_checks = found
        return method in self._method_checks

    def _owner_check(self, inner: ast.AST, permission_calls: frozenset[str]) -> bool:
        if isinstance(inner, ast.Call):
            func = inner.func
            if isinstance(func, ast.Attribute) and func.attr in permission_calls:
                return True
            return self._ownership_helper(inner)
        if isinstance(inner, ast.Compare):
            sides = [inner.left, *inner.comparators]
            owner = any(isinstance(s, ast.Attribute) and _owner_field(s.attr) for s in sides)
            return owner and any(self._is_current_user(s) for s in sides)
        return isinstance(inner, ast.Attribute) and inner.attr in auth.STAFF_ATTRIBUTES

    def generic_model(self, statement: ast.stmt) -> Fetch | None:
        """`model = Order` or `queryset = Order.objects.all()` in a generic view's body: the
        model it looks its object up in, by the URL's key, with every row reachable."""
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            return None
        target = statement.targets[0]
        if not isinstance(target, ast.Name):
            return None
        model: str | None = None
        if target.id == auth.GENERIC_MODEL_ATTRIBUTE:
            model = self._model_name(statement.value)
        elif target.id == auth.GENERIC_QUERYSET_ATTRIBUTE:
            model = self._unfiltered_model(statement.value)
        if model is None:
            return None
        site = self.file.site(statement)
        return Fetch(model, "the URL's pk / slug", site, self.semantic.enclosing_symbol(statement))

    def _unfiltered_model(self, value: ast.expr) -> str | None:
        """The model of `Order.objects.all()` / `Order.objects.select_related(...)` (no filter)."""
        current = value
        while isinstance(current, ast.Call) and isinstance(current.func, ast.Attribute):
            if current.func.attr not in auth.UNFILTERED_QUERYSET_METHODS:
                return None
            current = current.func.value
        if isinstance(current, ast.Attribute) and current.attr == "objects":
            return self._model_name(current.value)
        return None

    def _ownership_helper(self, call: ast.Call) -> bool:
        """`ensure_owner(order, request.user)`: a project helper handed the current user."""
        func = call.func
        if not call.args and not call.keywords:
            return False
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        # every word of a name is a piece of it: most names are ruled out without splitting
        lowered = name.lower()
        if not _ANY_OWNERSHIP_WORD.search(lowered):
            return False
        if not set(words(name)) & auth.OWNERSHIP_CHECK_WORDS:
            return False
        arguments = [*call.args, *(k.value for k in call.keywords)]
        return any(self._is_current_user(a) for a in arguments)

    def _fetch(self, call: ast.Call, keys: set[str]) -> Fetch | None:
        model = self._queried_model(call)
        if model is None:
            model = self._session_get(call)
        if model is None or self._owner_condition(call) is not None:
            return None
        chain = self._chain(call)
        if any(self._owner_condition(c) is not None for c in chain):
            return None
        for link in [call, *chain]:
            key = self._key_argument(link, keys)
            if key is not None:
                return Fetch(model, key, self.file.site(call), self.semantic.enclosing_symbol(call))
        return None

    def _chain(self, call: ast.Call) -> list[ast.Call]:
        """The calls chained after `call`: `.filter(...).first()`."""
        found: list[ast.Call] = []
        current: ast.AST = call
        while True:
            parent = self.semantic.parent(current)
            if isinstance(parent, ast.Attribute):
                grand = self.semantic.parent(parent)
                if isinstance(grand, ast.Call) and grand.func is parent:
                    found.append(grand)
                    current = grand
                    continue
            return found

    def _session_get(self, call: ast.Call) -> str | None:
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in ("get", "get_one")
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Name)
        ):
            return self._model_name(call.args[0])
        return None

    def _key_argument(self, call: ast.Call, keys: set[str]) -> str | None:
        for keyword in call.keywords:
            if keyword.arg in auth.KEY_FIELDS and self._from_request(keyword.value, keys):
                return ast.unparse(keyword.value)
        for argument in call.args:
            if self._from_request(argument, keys):
                return ast.unparse(argument)
            for compare in (c for c in ast.walk(argument) if isinstance(c, ast.Compare)):
                sides = [compare.left, *compare.comparators]
                keyed = any(
                    isinstance(s, ast.Attribute) and s.attr in auth.KEY_FIELDS for s in sides
                )
                source = next((s for s in sides if self._from_request(s, keys)), None)
                if keyed and source is not None:
                    return ast.unparse(source)
        return None

    def _from_request(self, expr: ast.expr, keys: set[str]) -> bool:
        if isinstance(expr, ast.Name):
            return expr.id in keys
        text_attrs = {a.attr for a in ast.walk(expr) if isinstance(a, ast.Attribute)}
        return bool(text_attrs & auth.REQUEST_KEY_ATTRIBUTES)


def _owner_field(name: str) -> bool:
    parts = [p.removesuffix("_id") for p in name.split("__")]
    return any(p in auth.OWNER_FIELDS for p in parts)
