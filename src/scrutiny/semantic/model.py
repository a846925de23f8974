"""One file's semantic model: parents, scopes, bindings and qualified names.

Built by a single iterative walk over the tree (no recursion, so deeply nested code cannot exhaust
the interpreter's stack). Name resolution follows Python's rules closely enough for review work:
the innermost function scope first, class scopes only for code directly in the class body, then the
module, then builtins. A name bound in a scope by anything other than an import, `def` or `class`
(an assignment, a parameter, a loop target...) is treated as unknown, never guessed.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator
from dataclasses import dataclass, field

from scrutiny.semantic.walk import CHILD_FIELDS, MAY_HOLD_NONE

BUILTIN_NAMES = frozenset(dir(builtins))
_BINDING_NODES = frozenset(
    {
        ast.FunctionDef,
        ast.AsyncFunctionDef,
        ast.ClassDef,
        ast.Lambda,
        ast.Import,
        ast.ImportFrom,
        ast.Assign,
        ast.AnnAssign,
        ast.NamedExpr,
        ast.withitem,
        ast.Name,
        ast.Global,
        ast.Nonlocal,
        ast.ExceptHandler,
        ast.MatchAs,
        ast.MatchStar,
    }
)
_UNSEEN = object()  # not in the qualified-name memo yet
Scope = ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef


@dataclass(frozen=True)
class Binding:
    """What a name means in one scope: an import of `target`, a local def/class, or opaque."""

    kind: str  # "import" | "def" | "class" | "other"
    target: str | None
    line: int
    value: ast.expr | None = (
        None  # the assigned expression, for `name = value` and `with v as name`
    )


@dataclass
class SemanticModel:
    module: str
    is_package: bool
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    scope_of: dict[ast.AST, Scope] = field(default_factory=dict)
    bindings: dict[Scope, dict[str, list[Binding]]] = field(default_factory=dict)
    qualnames: dict[ast.AST, str] = field(default_factory=dict)
    nodes: list[ast.AST] = field(default_factory=list)  # every node, in source order
    calls: dict[Scope, list[ast.Call]] = field(default_factory=dict)  # calls by enclosing scope
    attribute_values: dict[tuple[ast.ClassDef, str], list[ast.expr]] = field(default_factory=dict)
    _valued: set[int] = field(default_factory=set)
    _qualified: dict[int, str | None] = field(default_factory=dict)  # memo (nodes live as long)

    @classmethod
    def build(cls, tree: ast.Module, module: str, is_package: bool = False) -> SemanticModel:
        model = cls(module=module, is_package=is_package, tree=tree)
        model._walk()
        return model

    # -- construction -------------------------------------------------------------------------

    def _walk(self) -> None:
        self.bindings[self.tree] = {}
        nodes, parents, scope_of, calls = self.nodes, self.parents, self.scope_of, self.calls
        fields_of, binding_nodes = CHILD_FIELDS, _BINDING_NODES
        stack: list[tuple[ast.AST, Scope]] = [(self.tree, self.tree)]
        while stack:
            node, scope = stack.pop()
            nodes.append(node)
            kind = type(node)
            if kind is ast.Name:  # a third of all nodes: no children, binds only when stored
                if type(node.ctx) is not ast.Load:  # type: ignore[attr-defined]
                    self._enter(node, scope)
                continue
            inner = self._enter(node, scope) if kind in binding_nodes else scope
            if kind is ast.Call:
                calls.setdefault(scope, []).append(node)  # type: ignore[arg-type, unused-ignore]
            kids: list[ast.AST] = []
            for name in fields_of.get(kind, node._fields):
                value = getattr(node, name, None)
                if type(value) is list:
                    if name in MAY_HOLD_NONE:
                        kids.extend(item for item in value if item is not None)
                    else:
                        kids.extend(value)
                elif isinstance(value, ast.AST):
                    kids.append(value)
            if kids:
                kids.reverse()
                parents.update(dict.fromkeys(kids, node))
                scope_of.update(dict.fromkeys(kids, inner))
                stack.extend([(child, inner) for child in kids])

    def _enter(self, node: ast.AST, scope: Scope) -> Scope:
        """Record what `node` binds in `scope`; return the scope its children live in."""
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            kind = "class" if isinstance(node, ast.ClassDef) else "def"
            qualname = self._qualname_for(node.name, scope)
            self.qualnames[node] = qualname
            self._bind(scope, node.name, Binding(kind, f"{self.module}.{qualname}", node.lineno))
            self.bindings[node] = {}
            if not isinstance(node, ast.ClassDef):
                self._bind_arguments(node, node.args)
            return node
        if isinstance(node, ast.Lambda):
            self.bindings[node] = {}
            self._bind_arguments(node, node.args)
            return node
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    self._bind(scope, alias.asname, Binding("import", alias.name, node.lineno))
                else:
                    top = alias.name.split(".", 1)[0]
                    self._bind(scope, top, Binding("import", top, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            base = self.resolve_relative(node.module, node.level)
            for alias in node.names:
                if alias.name == "*":
                    continue
                target = f"{base}.{alias.name}" if base else alias.name
                self._bind(
                    scope, alias.asname or alias.name, Binding("import", target, node.lineno)
                )
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for assigned in targets:
                if isinstance(assigned, ast.Name):
                    self._valued.add(id(assigned))
                    self._bind(scope, assigned.id, Binding("other", None, node.lineno, node.value))
                elif isinstance(assigned, ast.Attribute) and node.value is not None:
                    self._record_self_attribute(assigned, node.value, scope)
        elif isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name):
            self._valued.add(id(node.optional_vars))
            binding = Binding("other", None, node.optional_vars.lineno, node.context_expr)
            self._bind(scope, node.optional_vars.id, binding)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            if id(node) not in self._valued:
                self._bind(scope, node.id, Binding("other", None, node.lineno))
        elif isinstance(node, ast.Global | ast.Nonlocal):
            for name in node.names:
                self._bind(scope, name, Binding("other", None, node.lineno))
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
            self._bind(scope, node.name, Binding("other", None, node.lineno))
        return scope

    def _record_self_attribute(self, target: ast.Attribute, value: ast.expr, scope: Scope) -> None:
        """`self.x = value` inside a method: remembered per class, for reads in other methods."""
        if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            return
        klass = self.scope_of.get(scope)
        params = scope.args.posonlyargs + scope.args.args
        if (
            isinstance(klass, ast.ClassDef)
            and params
            and isinstance(target.value, ast.Name)
            and target.value.id == params[0].arg
        ):
            self.attribute_values.setdefault((klass, target.attr), []).append(value)

    def _bind_arguments(self, scope: Scope, args: ast.arguments) -> None:
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        for arg in every:
            if arg is not None:
                self._bind(scope, arg.arg, Binding("other", None, arg.lineno))

    def _bind(self, scope: Scope, name: str, binding: Binding) -> None:
        self.bindings.setdefault(scope, {}).setdefault(name, []).append(binding)

    def _qualname_for(self, name: str, scope: Scope) -> str:
        if isinstance(scope, ast.Module):
            return name
        outer = self.qualnames.get(scope, "<lambda>")
        if isinstance(scope, ast.ClassDef):
            return f"{outer}.{name}"
        return f"{outer}.<locals>.{name}"

    def resolve_relative(self, module: str | None, level: int) -> str:
        """Absolute module name for `from <level dots><module> import ...` in this file."""
        if level == 0:
            return module or ""
        parts = self.module.split(".") if self.module else []
        package = parts if self.is_package else parts[:-1]
        if level > 1:
            package = package[: len(package) - (level - 1)] if level - 1 <= len(package) else []
        base = ".".join(package)
        if module:
            return f"{base}.{module}" if base else module
        return base

    # -- queries ------------------------------------------------------------------------------

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self.parents.get(node)

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        current = self.parents.get(node)
        while current is not None:
            yield current
            current = self.parents.get(current)

    def enclosing_symbol(self, node: ast.AST) -> str:
        """Dotted name of the innermost def or class around `node` (empty at module level)."""
        if node in self.qualnames:
            return self.qualnames[node]
        for ancestor in self.ancestors(node):
            if ancestor in self.qualnames:
                return self.qualnames[ancestor]
        return ""

    def lookup(self, name: str, node: ast.AST) -> list[Binding] | None:
        """The bindings `name` has in the scope that a use at `node` resolves to."""
        found = self._binding_scope(name, node)
        return None if found is None else self.bindings[found][name]

    def _binding_scope(self, name: str, node: ast.AST) -> Scope | None:
        scope: ast.AST | None = self.scope_of.get(node, self.tree)
        first = True
        while scope is not None:
            table = self.bindings.get(scope)  # type: ignore[call-overload]
            skip_class = isinstance(scope, ast.ClassDef) and not first
            if table is not None and name in table and not skip_class:
                return scope  # type: ignore[return-value]
            first = False
            scope = self._outer_scope(scope)
        return None

    def _outer_scope(self, scope: ast.AST) -> ast.AST | None:
        if isinstance(scope, ast.Module):
            return None
        return self.scope_of.get(scope, self.tree)

    def assigned_values(self, name: ast.Name) -> list[ast.expr | None] | None:
        """What the name used at `name` may hold: each binding's value (None when not a plain
        assignment), or None when the name is not bound in any enclosing scope."""
        bindings = self.lookup(name.id, name)
        return None if bindings is None else [b.value for b in bindings]

    def qualified_name(self, expr: ast.AST) -> str | None:
        """`requests.get` for `get` after `from requests import get`; None when unknown."""
        key = id(expr)
        result = self._qualified.get(key, _UNSEEN)
        if result is _UNSEEN:
            result = self._qualified[key] = self._qualify(expr)
        return result  # type: ignore[return-value]

    def _qualify(self, expr: ast.AST) -> str | None:
        attrs: list[str] = []
        current = expr
        while isinstance(current, ast.Attribute):
            attrs.append(current.attr)
            current = current.value
        if not isinstance(current, ast.Name):
            return None
        head = self._resolve_name(current)
        if head is None:
            return None
        return ".".join([head, *reversed(attrs)])

    def _resolve_name(self, node: ast.Name) -> str | None:
        bindings = self.lookup(node.id, node)
        if bindings is None:
            return f"builtins.{node.id}" if node.id in BUILTIN_NAMES else None
        targets = {b.target for b in bindings}
        if len(targets) == 1 and all(b.kind != "other" for b in bindings):
            return targets.pop()
        return None

    def imports(self) -> Iterator[Binding]:
        """Every import binding of the file, in any scope."""
        for table in self.bindings.values():
            for named in table.values():
                for binding in named:
                    if binding.kind == "import":
                        yield binding

    def imports_from(self, packages: frozenset[str]) -> bool:
        """Whether an import anywhere in the file (any scope) names a module of one of the
        top-level `packages`: a cheap test that a library's rules can apply to the file."""
        return any((b.target or "").split(".", 1)[0] in packages for b in self.imports())

    def module_constant(self, name: str) -> ast.expr | None:
        """The value of a module-level name assigned exactly once to a literal or a name."""
        value: ast.expr | None = None
        count = 0
        for stmt in self.tree.body:
            if isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        value, count = stmt.value, count + 1
            elif (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id == name
                and stmt.value is not None
            ):
                value, count = stmt.value, count + 1
        if count == 1 and value is not None and (_is_literal(value) or isinstance(value, ast.Name)):
            return value
        return None

    def literal_value(self, expr: ast.expr, depth: int = 0) -> object:
        """The Python value of a literal expression, following module-level constants by name.

        Returns the sentinel `UNKNOWN` when the value cannot be known statically.
        """
        if depth > 8:
            return UNKNOWN
        if isinstance(expr, ast.Name):
            scope = self._binding_scope(expr.id, expr)
            if scope is not None and scope is not self.tree:
                return UNKNOWN  # a local, a parameter or a class attribute: not the constant
            constant = self.module_constant(expr.id)
            return UNKNOWN if constant is None else self.literal_value(constant, depth + 1)
        if _is_literal(expr):
            try:
                return ast.literal_eval(expr)
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                return UNKNOWN
        return UNKNOWN


class _Unknown:
    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        return False


UNKNOWN = _Unknown()


def _is_literal(expr: ast.expr) -> bool:
    return isinstance(expr, _LITERAL_NODES) and all(
        isinstance(n, _LITERAL_NODES | ast.expr_context | ast.unaryop) for n in ast.walk(expr)
    )


_LITERAL_NODES = ast.Constant | ast.Tuple | ast.List | ast.Set | ast.Dict | ast.UnaryOp
