"""The per-function taint interpreter: an abstract interpretation of one function body.

It walks statements in order with an environment of abstract `Value`s, forks at branches and
joins after them, folds constant conditions (a branch that cannot run is not analyzed), applies
guards that dominate the code after them, and records for the function: the taint of its return
value, the taints that reach sinks, the calls it makes (with the taint of each argument) and what
it stores on `self`. Parameters start as symbolic `Param` taints, so the result is a summary the
project phase can apply at every call site.
"""

from __future__ import annotations

import ast
import operator
import re
import string
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from scrutiny.context import FileContext
from scrutiny.finding import Location, Step
from scrutiny.frameworks import taint_sanitizers as san
from scrutiny.frameworks import taint_sinks as sinks
from scrutiny.frameworks import taint_sources as src
from scrutiny.semantic.model import UNKNOWN
from scrutiny.taint.labels import CallResult, ClassAttr, Member, Source, Taint, Taints, merge
from scrutiny.taint.patterns import pattern_clears, substitution_clears
from scrutiny.taint.summary import CallRecord, FunctionTaint, SinkHit
from scrutiny.taint.templates import unsafe_uses
from scrutiny.taint.values import (
    CLEAN,
    Value,
    constant,
    is_sequence,
    join,
    join_envs,
    tainted,
)

Env = dict[str, Value]
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
_ALL_BUT_SESSION = frozenset(
    {
        "sql",
        "shell",
        "code",
        "path",
        "ssrf",
        "redirect",
        "deserialization",
        "xxe",
        "ldap",
        "xpath",
        "html",
        "template",
        "header",
        "log",
    }
)
_LINE_BREAKS = frozenset({"\n", "\r", "\r\n"})
MAX_STRING = 10_000  # constant folding never builds larger strings
_BINARY: dict[type[ast.operator], Callable[[object, object], object]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Div: operator.truediv,
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], object]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}
# Methods that store their arguments in the container they are called on.
_MUTATORS = frozenset(
    {"append", "extend", "insert", "add", "update", "setdefault", "appendleft", "extendleft", "pop"}
)
Refinement = dict[str, frozenset[str]]


class Interpreter:
    """Interprets one function (or the module body) of one file."""

    def __init__(
        self,
        file: FileContext,
        qualname: str,
        globals_env: Env,
        owner_class: str | None = None,
        self_name: str | None = None,
    ) -> None:
        self.file = file
        self.semantic = file.semantic
        self.qualname = qualname
        self.globals = globals_env
        self.owner_class = owner_class
        self.self_name = self_name
        self.returns: list[Taints] = []
        self.sinks: list[SinkHit] = []
        self.calls: list[CallRecord] = []
        self.attr_writes: dict[tuple[str, str], Taints] = {}
        self.html_returns = False  # the function is a view whose return value is HTML
        # the function is a class-based view's `get_context_data`: the template it fills
        self.context_template: str | None = None
        self.request_model = src.ANY_REQUEST  # `self.request` of a class-based view
        self._depth = 0
        self.guard_returns: list[Refinement] = []
        self._locations = file.shared("taint.locations", _new_locations)
        self._steps = file.shared("taint.steps", _new_steps)
        # one object per distinct string of the file's summaries: pickled once, then referenced
        self._strings = file.shared("taint.strings", _new_strings)
        if owner_class is not None:
            self.owner_class = self.intern(owner_class)

    # -- steps -----------------------------------------------------------------------------------

    def step(self, node: ast.AST, note: str) -> Step:
        key = (node, note)
        found = self._steps.get(key)
        if found is None:
            found = self._steps[key] = Step(self.location(node), self.intern(note))
        return found

    def intern(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def location(self, node: ast.AST) -> Location:
        """Where a node is, cheaply (a step needs no snippet and no enclosing symbol); one object
        per node and file, which the summaries then share (and pickle once)."""
        found = self._locations.get(node)
        if found is not None:
            return found
        line = getattr(node, "lineno", 1)
        column = getattr(node, "col_offset", 0)
        if column:
            lines = self.file.lines
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            if not text.isascii():
                column = len(text.encode("utf-8")[:column].decode("utf-8", errors="ignore"))
        found = self._locations[node] = Location(self.file.path, line, column)
        return found

    # -- statements ------------------------------------------------------------------------------

    def run_block(self, body: list[ast.stmt], env: Env | None) -> Env | None:
        """Execute statements; None when every path through them returns or raises."""
        for statement in body:
            if env is None:
                return None
            handler = _STATEMENT_HANDLERS.get(type(statement))  # `run_statement`, inlined
            if handler is not None:
                env = handler(self, statement, env)
        return env

    def run_statement(self, node: ast.stmt, env: Env) -> Env | None:
        handler = _STATEMENT_HANDLERS.get(type(node))
        if handler is None:
            return env
        result: Env | None = handler(self, node, env)
        return result

    def _stmt_Expr(self, node: ast.Expr, env: Env) -> Env | None:
        self.eval(node.value, env, used=False)
        if isinstance(node.value, ast.Call):
            callee = self.semantic.qualified_name(node.value.func)
            if callee in san.TERMINATING_CALLS:
                return None
        return env

    def _stmt_Assign(self, node: ast.Assign, env: Env) -> Env:
        value = self.eval(node.value, env)
        if isinstance(node.value, ast.Call | ast.Compare | ast.BoolOp | ast.UnaryOp):
            positive, negative = self.refinements(node.value, env)
            if positive or negative:
                value = replace(value, guard=(tuple(positive.items()), tuple(negative.items())))
        for target in node.targets:
            self.assign(target, value, env, node)
        return env

    def _stmt_AnnAssign(self, node: ast.AnnAssign, env: Env) -> Env:
        if node.value is not None:
            self.assign(node.target, self.eval(node.value, env), env, node)
        return env

    def _stmt_AugAssign(self, node: ast.AugAssign, env: Env) -> Env:
        current = self.eval(node.target, env)
        value = self.eval(node.value, env)
        combined = self._binary(node.op, current, value)
        self.assign(node.target, combined, env, node)
        return env

    def _stmt_Return(self, node: ast.Return, env: Env) -> None:
        if node.value is not None:
            value = self.eval(node.value, env)
            if value.const is UNKNOWN or _truthy(value.const):
                self.guard_returns.append(self.refinements(node.value, env)[0])
            if self.html_returns and not isinstance(node.value, ast.Dict | ast.List):
                self.sink("html", value, node.value, "the view's HTML response")
            if self.context_template is not None and value.items:
                what = f"the context of `{self.context_template}`"
                self._template_context(node.value, self.context_template, value.items, what)
            self.returns.append(value.all_taints())
        return None

    def _stmt_Raise(self, node: ast.Raise, env: Env) -> None:
        if node.exc is not None:
            self.eval(node.exc, env)
        return None

    def _stmt_Continue(self, node: ast.Continue, env: Env) -> None:
        return None

    def _stmt_Break(self, node: ast.Break, env: Env) -> None:
        return None

    def _stmt_Delete(self, node: ast.Delete, env: Env) -> Env:
        for target in node.targets:
            if isinstance(target, ast.Name):
                env.pop(target.id, None)
        return env

    def _stmt_Assert(self, node: ast.Assert, env: Env) -> Env:
        self.eval(node.test, env)
        positive, _ = self.refinements(node.test, env)
        return self.refine(env, positive)

    def _stmt_If(self, node: ast.If, env: Env) -> Env | None:
        test = self.eval(node.test, env)
        if test.const is not UNKNOWN:
            return self.run_block(node.body if _truthy(test.const) else node.orelse, env)
        positive, negative = self.refinements(node.test, env)
        body = self.run_block(node.body, self.refine(dict(env), positive))
        orelse = self.run_block(node.orelse, self.refine(dict(env), negative))
        return join_envs(body, orelse)

    def _stmt_While(self, node: ast.While, env: Env) -> Env | None:
        test = self.eval(node.test, env)
        if test.const is not UNKNOWN and not _truthy(test.const):
            return self.run_block(node.orelse, env)
        state: Env | None = env
        for _ in range(2):
            after = self.run_block(node.body, dict(state)) if state is not None else None
            joined = join_envs(state, after)
            stable = _same_taints(state, joined)
            state = joined
            if stable:
                break  # nothing flowed around the loop: a second pass would change nothing
        if test.const is not UNKNOWN and _truthy(test.const) and not node.orelse:
            return state  # `while True:` left by break: approximated by the loop state
        return self.run_block(node.orelse, state)

    def _stmt_For(self, node: ast.For | ast.AsyncFor, env: Env) -> Env | None:
        iterable = self.eval(node.iter, env)
        element = self._element(iterable)
        state: Env | None = env
        for _ in range(2):
            if state is None:
                break
            inner = dict(state)
            self.assign(node.target, element, inner, node)
            joined = join_envs(state, self.run_block(node.body, inner))
            stable = _same_taints(state, joined)
            state = joined
            if stable:
                break  # nothing flowed around the loop: a second pass would change nothing
        return self.run_block(node.orelse, state)

    _stmt_AsyncFor = _stmt_For

    def _stmt_With(self, node: ast.With | ast.AsyncWith, env: Env) -> Env | None:
        for item in node.items:
            value = self.eval(item.context_expr, env)
            if item.optional_vars is not None:
                self.assign(item.optional_vars, value, env, node)
        return self.run_block(node.body, env)

    _stmt_AsyncWith = _stmt_With

    def _stmt_Try(self, node: ast.Try, env: Env) -> Env | None:
        body = self.run_block(node.body, dict(env))
        state = join_envs(env, body)  # an exception may come from any point of the body
        result = self.run_block(node.orelse, dict(body)) if body is not None else None
        for handler in node.handlers:
            inner = dict(state) if state is not None else dict(env)
            if handler.name:
                inner[handler.name] = CLEAN
            result = join_envs(result, self.run_block(handler.body, inner))
        if node.finalbody:
            final = self.run_block(node.finalbody, dict(result if result is not None else env))
            return final if result is not None else None
        return result

    _stmt_TryStar = _stmt_Try

    def _stmt_Match(self, node: ast.Match, env: Env) -> Env | None:
        subject = self.eval(node.subject, env)
        if subject.const is not UNKNOWN:
            for case in node.cases:
                verdict = _pattern_matches(case.pattern, subject.const)
                if verdict is True and case.guard is None:
                    return self.run_block(case.body, self._bind_pattern(case.pattern, subject, env))
                if verdict is None:
                    break  # cannot decide statically: analyze every case
            else:
                return env
        result: Env | None = None
        for case in node.cases:
            inner = self._bind_pattern(case.pattern, subject, dict(env))
            result = join_envs(result, self.run_block(case.body, inner))
        return join_envs(result, env)

    def _bind_pattern(self, pattern: ast.pattern, subject: Value, env: Env) -> Env:
        for node in ast.walk(pattern):
            if isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
                env[node.name] = subject
        return env

    def _stmt_FunctionDef(self, node: ast.FunctionDef, env: Env) -> Env:
        env[node.name] = CLEAN  # analyzed on its own
        return env

    _stmt_AsyncFunctionDef = _stmt_FunctionDef

    def _stmt_ClassDef(self, node: ast.ClassDef, env: Env) -> Env:
        env[node.name] = CLEAN
        return env

    # -- assignment ------------------------------------------------------------------------------

    def assign(self, target: ast.expr, value: Value, env: Env, node: ast.AST) -> None:
        if isinstance(target, ast.Name):
            if value.is_tainted:
                value = value.stepped(self.step(node, f"assigned to `{target.id}`"))
            env[target.id] = value
        elif isinstance(target, ast.Tuple | ast.List):
            for index, element in enumerate(target.elts):
                if isinstance(element, ast.Starred):
                    self.assign(element.value, Value(value.all_taints()), env, node)
                else:
                    self.assign(element, value.item(index), env, node)
        elif isinstance(target, ast.Starred):
            self.assign(target.value, value, env, node)
        elif isinstance(target, ast.Subscript):
            self._assign_item(target, value, env, node)
        elif isinstance(target, ast.Attribute):
            self._assign_attribute(target, value, env, node)

    def _assign_item(self, target: ast.Subscript, value: Value, env: Env, node: ast.AST) -> None:
        container = self.eval(target.value, env)
        key = self.eval(target.slice, env)
        kind = self._item_sink(target.value, container)
        if kind is not None:
            self.sink(kind, value, node, f"`{ast.unparse(target.value)}[...]`")
        if isinstance(target.value, ast.Name):
            name = target.value.id
            current = env.get(name, container)
            env[name] = (
                current.with_item(key.const, value)
                if key.const is not UNKNOWN and _hashable(key.const)
                else current.tainted_by(value)
            )

    def _assign_attribute(
        self, target: ast.Attribute, value: Value, env: Env, node: ast.AST
    ) -> None:
        base = target.value
        if isinstance(base, ast.Name) and base.id == self.self_name and self.owner_class:
            env[f"{self.self_name}.{target.attr}"] = value
            if value.is_tainted:
                key = (self.owner_class, target.attr)
                self.attr_writes[key] = merge(self.attr_writes.get(key, ()), value.all_taints())
        elif isinstance(base, ast.Name) and base.id in env and value.is_tainted:
            env[base.id] = env[base.id].tainted_by(value)
        holder = self.eval(base, env)
        if "http.Response" in holder.types and target.attr in ("content", "data"):
            self.sink("html", value, node, f"`{ast.unparse(target)}`")

    def _item_sink(self, expr: ast.expr, container: Value) -> str | None:
        qualified = self.semantic.qualified_name(expr)
        if qualified in sinks.ITEM_SINKS:
            return sinks.ITEM_SINKS[qualified]
        for kind_type in container.types:
            if kind_type in sinks.ITEM_SINKS:
                return sinks.ITEM_SINKS[kind_type]
        if container.types or container.items is not None:
            return None
        if isinstance(expr, ast.Name) and expr.id in sinks.UNTYPED_ITEM_SINKS:
            return sinks.UNTYPED_ITEM_SINKS[expr.id]
        if (
            isinstance(expr, ast.Attribute)
            and expr.attr in sinks.RESPONSE_HEADER_ATTRIBUTES
            and isinstance(expr.value, ast.Name)
            and expr.value.id in sinks.UNTYPED_RESPONSE_NAMES
        ):
            return "header"
        return None

    # -- guards ----------------------------------------------------------------------------------

    def refinements(self, test: ast.expr, env: Env) -> tuple[Refinement, Refinement]:
        """Names made safe (and for which kinds) where `test` holds, and where it does not."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            positive, negative = self.refinements(test.operand, env)
            return negative, positive
        if isinstance(test, ast.Name):
            stored = env.get(test.id)
            if stored is not None and stored.guard is not None:
                return dict(stored.guard[0]), dict(stored.guard[1])
            return {}, {test.id: san.ALL}  # where `x` is falsy it is empty: nothing to inject
        if isinstance(test, ast.BoolOp):
            parts = [self.refinements(v, env) for v in test.values]
            if isinstance(test.op, ast.And):  # all hold / at least one fails
                return _union(p for p, _ in parts), _meet(n for _, n in parts)
            return _meet(p for p, _ in parts), _union(n for _, n in parts)
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            return self._compare_refinement(test, env)
        if isinstance(test, ast.Call):
            return self._call_refinement(test, env), {}
        return {}, {}

    def _compare_refinement(self, test: ast.Compare, env: Env) -> tuple[Refinement, Refinement]:
        left, op, right = test.left, test.ops[0], test.comparators[0]
        contained = self._containment(left, right, env)
        if contained is not None and isinstance(op, ast.Eq | ast.NotEq):
            refinement = {contained: frozenset({"path"})}
            return (refinement, {}) if isinstance(op, ast.Eq) else ({}, refinement)
        if (
            isinstance(left, ast.Call)
            and isinstance(op, ast.Is | ast.IsNot)
            and isinstance(right, ast.Constant)
            and right.value is None
        ):  # `re.fullmatch(pattern, x) is None`
            matched = self._call_refinement(left, env)
            return ({}, matched) if isinstance(op, ast.Is) else (matched, {})
        name = _guarded_name(left)
        if name is None:
            return {}, {}
        if isinstance(op, ast.In | ast.NotIn) and self._is_constant_collection(right, env):
            refinement = {name: san.MEMBERSHIP_GUARD}
            return (refinement, {}) if isinstance(op, ast.In) else ({}, refinement)
        if (
            isinstance(op, ast.Eq | ast.NotEq | ast.Is)
            and self.eval(right, env).const is not UNKNOWN
        ):
            refinement = {name: san.ALL}
            return (refinement, {}) if isinstance(op, ast.Eq | ast.Is) else ({}, refinement)
        return {}, {}

    def _call_refinement(self, test: ast.Call, env: Env) -> Refinement:
        callee = self.semantic.qualified_name(test.func)
        if callee in san.SAFE_URL_GUARDS:
            checked = test.args[0] if test.args else None
            checked = next((k.value for k in test.keywords if k.arg == "url"), checked)
            name = _guarded_name(checked) if checked is not None else None
            return {name: san.SAFE_URL_GUARDS[callee]} if name else {}
        if callee in san.VALIDATING_CALLS and test.args:
            name = _guarded_name(test.args[0])
            return {name: san.VALIDATING_CALLS[callee]} if name else {}
        if callee in san.REGEX_GUARDS and len(test.args) >= 2:
            name = _guarded_name(test.args[1])
            pattern = self.eval(test.args[0], env).const
            full = callee == "re.fullmatch"
            return {name: _regex_clears(pattern, full)} if name else {}
        if (
            isinstance(test.func, ast.Attribute)
            and test.func.attr in san.REGEX_GUARD_METHODS
            and test.args
        ):  # `HOSTNAME.fullmatch(name)` with `HOSTNAME = re.compile(...)`
            name = _guarded_name(test.args[0])
            pattern = self._compiled_pattern(test.func.value)
            if name and pattern is not None:
                return {name: _regex_clears(pattern, test.func.attr == "fullmatch")}
        if callee is not None and not callee.startswith("builtins."):
            symbolic = self._symbolic_guard(test, callee)
            if symbolic:
                return symbolic
        if isinstance(test.func, ast.Attribute):
            name = _guarded_name(test.func.value)
            if name is None:
                return {}
            method = test.func.attr
            if method in san.VALUE_CHECK_METHODS:
                return {name: san.ALL}
            if method == "startswith" and test.args:
                prefix = self.eval(test.args[0], env).const
                if isinstance(prefix, str) and prefix.startswith("/"):
                    return {name: san.PREFIX_GUARD_KINDS}
        return {}

    def _compiled_pattern(self, expr: ast.expr) -> str | None:
        """The pattern of a name bound once to `re.compile("...")`."""
        values = self.semantic.assigned_values(expr) if isinstance(expr, ast.Name) else None
        if not values or len(values) != 1:
            return None
        call = values[0]
        if (
            isinstance(call, ast.Call)
            and call.args
            and self.semantic.qualified_name(call.func) == "re.compile"
        ):
            pattern = self.semantic.literal_value(call.args[0])
            return pattern if isinstance(pattern, str) else None
        return None

    def _is_constant_collection(self, expr: ast.expr, env: Env) -> bool:
        value = self.eval(expr, env)
        if isinstance(value.const, tuple | list | set | frozenset | dict | str):
            return not value.is_tainted
        if isinstance(expr, ast.Name) and expr.id.isupper() and not value.is_tainted:
            return True  # a module constant defined elsewhere (`ALLOWED_SORTS`)
        return isinstance(expr, ast.List | ast.Tuple | ast.Set) and not value.is_tainted

    def refine(self, env: Env, refinement: Refinement) -> Env:
        for name, kinds in refinement.items():
            value = env.get(name)
            if value is not None:
                env[name] = value.cleared(kinds)
        return env

    # -- expressions -----------------------------------------------------------------------------

    def eval(self, node: ast.expr, env: Env, used: bool = True) -> Value:
        self._depth += 1
        try:
            if self._depth > 200:
                return CLEAN  # pathological nesting: give up on this expression, quietly
            kind = type(node)
            if kind is ast.Name:
                return self._expr_Name(node, env)  # type: ignore[arg-type]
            if kind is ast.Call:
                return self._expr_Call(node, env, used)  # type: ignore[arg-type]
            if kind is ast.Constant:
                return Value(const=node.value)  # type: ignore[attr-defined]
            handler = _EXPRESSION_HANDLERS.get(kind)
            if handler is None:
                return CLEAN
            result: Value = handler(self, node, env)
            return result
        finally:
            self._depth -= 1

    def _expr_Constant(self, node: ast.Constant, env: Env) -> Value:
        return constant(node.value)

    def _expr_Name(self, node: ast.Name, env: Env) -> Value:
        found = env.get(node.id)
        if found is not None:
            return found
        qualified = self.semantic.qualified_name(node)
        known = self._known_object(qualified)
        if known is not None:
            return known
        return self.globals.get(node.id, CLEAN)

    def _known_object(self, qualified: str | None) -> Value | None:
        if qualified is None:
            return None
        if qualified in src.GLOBAL_REQUESTS:
            return Value(request=src.GLOBAL_REQUESTS[qualified])
        if qualified in sinks.TYPE_OF_NAME:
            return Value(types=frozenset({sinks.TYPE_OF_NAME[qualified]}))
        if qualified in sinks.ITEM_SINKS:
            return Value(types=frozenset({qualified}))
        return None

    def _expr_Attribute(self, node: ast.Attribute, env: Env) -> Value:
        base_node = node.value
        if isinstance(base_node, ast.Name) and base_node.id == self.self_name:
            local = env.get(f"{self.self_name}.{node.attr}")
            if local is not None:
                return local
            if node.attr in src.SELF_REQUEST_ATTRIBUTES:
                return Value(request=self.request_model)
            if node.attr in src.SELF_URL_ATTRIBUTES and self.owner_class:
                # a class-based view's URL parameters: sources if a URLconf routes to the class
                what = f"self.{node.attr}"
                step = self.step(node, f"source: `{what}` (URL parameters)")
                source = Source("remote", what, self.qualname, f"**{node.attr}")
                stored = ClassAttr(self.owner_class, node.attr)  # or what the class stores there
                return Value(
                    (Taint(source, frozenset(), (step,)), Taint(stored, frozenset(), (step,)))
                )
            if self.owner_class:
                origin = ClassAttr(self.owner_class, node.attr)
                step = self.step(node, f"`self.{node.attr}`")
                return Value((Taint(origin, frozenset(), (step,)),))
        known = self._known_object(self.semantic.qualified_name(node))
        if known is not None:
            return known
        base = self.eval(base_node, env)
        if base.request is not None:
            return self._request_attribute(base.request, node)
        if node.attr in sinks.MANAGER_ATTRIBUTES:
            return Value(types=frozenset({"django.Manager"}))
        for base_type in base.types:
            result_type = sinks.METHOD_RESULT_TYPES.get((base_type, node.attr))
            if result_type is not None:
                return Value(types=frozenset({result_type}))
        if base.types:
            return Value(base.all_taints(), types=base.types)
        taints = base.all_taints()
        if not taints:
            return CLEAN
        return Value(tuple(_member(t, node.attr) for t in taints))

    def _request_attribute(self, model: src.RequestModel, node: ast.Attribute) -> Value:
        if node.attr == "session":
            return Value(types=frozenset({"request.session"}))
        if node.attr not in model.attributes:
            return CLEAN  # request.user, request.method: the server's own data
        return self._source(node, ast.unparse(node), node.attr)

    def _source(self, node: ast.AST, what: str, attribute: str) -> Value:
        step = self.step(node, f"source: `{what}` (request data)")
        cleared = src.PATH_ATTRIBUTES.get(attribute, frozenset())
        return Value((Taint(Source("remote", what), cleared, (step,)),))

    def _expr_Subscript(self, node: ast.Subscript, env: Env) -> Value:
        base = self.eval(node.value, env)
        key = self.eval(node.slice, env)
        if "django.Connections" in base.types:
            return Value(types=frozenset({"dbapi.Connection"}))
        if isinstance(node.slice, ast.Slice):
            return Value(base.all_taints())
        if key.const is not UNKNOWN and _hashable(key.const):
            if base.const is not UNKNOWN:
                try:
                    return constant(base.const[key.const])  # type: ignore[index]
                except Exception:
                    return CLEAN
            return _named_source(base.item(key.const), node)
        # `TABLES[name]`: one of the container's values; the key only chooses which
        return Value(base.all_taints())

    def _expr_JoinedStr(self, node: ast.JoinedStr, env: Env) -> Value:
        return _concatenate([self.eval(v, env) for v in node.values])

    def _expr_FormattedValue(self, node: ast.FormattedValue, env: Env) -> Value:
        value = self.eval(node.value, env)
        return value if value.const is UNKNOWN else constant(format(value.const))

    def _expr_BinOp(self, node: ast.BinOp, env: Env) -> Value:
        return self._binary(node.op, self.eval(node.left, env), self.eval(node.right, env))

    def _binary(self, op: ast.operator, left: Value, right: Value) -> Value:
        if left.const is not UNKNOWN and right.const is not UNKNOWN:
            folded = _fold_binary(op, left.const, right.const)
            if folded is not UNKNOWN:
                return constant(folded)
        if isinstance(op, ast.Add) and isinstance(left.const, str):
            return _concatenate([left, right])
        if isinstance(op, ast.Mod) and isinstance(left.const, str):
            return _percent_format(left.const, right)
        if isinstance(op, ast.Div) and left.types:  # `base / name` is still a `Path`
            return Value(merge(left.all_taints(), right.all_taints()), types=left.types)
        return tainted(merge(left.all_taints(), right.all_taints()))

    def _expr_UnaryOp(self, node: ast.UnaryOp, env: Env) -> Value:
        operand = self.eval(node.operand, env)
        if operand.const is not UNKNOWN:
            try:
                if isinstance(node.op, ast.Not):
                    return constant(not operand.const)
                if isinstance(node.op, ast.USub) and isinstance(operand.const, int | float):
                    return constant(-operand.const)
            except Exception:
                return CLEAN
        if isinstance(node.op, ast.Not):
            return CLEAN
        return tainted(operand.all_taints())

    def _expr_BoolOp(self, node: ast.BoolOp, env: Env) -> Value:
        """`a and b`, `a or b`: the operands that may be the result, short-circuiting on the
        constant ones (`False and x` is False; `"fixed" or x` is "fixed")."""
        stops_on_truth = isinstance(node.op, ast.Or)
        result: Value | None = None
        for position, operand in enumerate(node.values):
            value = self.eval(operand, env)
            last = position == len(node.values) - 1
            if not last and value.const is not UNKNOWN and _truthy(value.const) != stops_on_truth:
                continue  # never the result: evaluation goes on to the next operand
            result = value if result is None else join(result, value)
            if value.const is not UNKNOWN:
                break  # a constant that stops the evaluation
        return result if result is not None else CLEAN

    def _expr_Compare(self, node: ast.Compare, env: Env) -> Value:
        left = self.eval(node.left, env)
        rights = [self.eval(c, env) for c in node.comparators]
        values = [left, *rights]
        if all(v.const is not UNKNOWN for v in values):
            result = True
            for op, a, b in zip(node.ops, values, values[1:], strict=False):
                compare = _COMPARE.get(type(op))
                try:
                    result = result and bool(compare(a.const, b.const)) if compare else False
                except Exception:
                    return CLEAN
                if compare is None:
                    return CLEAN
            return constant(result)
        # a boolean carries no injectable data, but storing it in the session lets the client
        # decide a server-side flag (`session["is_admin"] = request.args["admin"] == "1"`)
        taints = merge(*(v.all_taints() for v in values))
        return tainted(taints).cleared(_ALL_BUT_SESSION) if taints else CLEAN

    def _expr_IfExp(self, node: ast.IfExp, env: Env) -> Value:
        test = self.eval(node.test, env)
        if test.const is not UNKNOWN:
            return self.eval(node.body if _truthy(test.const) else node.orelse, env)
        positive, negative = self.refinements(node.test, env)
        body = self.eval(node.body, self.refine(dict(env), positive))
        orelse = self.eval(node.orelse, self.refine(dict(env), negative))
        return join(body, orelse)

    def _expr_Dict(self, node: ast.Dict, env: Env) -> Value:
        items: list[tuple[object, Value]] = []
        loose: list[Taints] = []
        for key_node, value_node in zip(node.keys, node.values, strict=True):
            value = self.eval(value_node, env)
            if key_node is None:
                loose.append(value.all_taints())
                continue
            key = self.eval(key_node, env)
            if key.const is not UNKNOWN and _hashable(key.const):
                items.append((key.const, value))
            else:
                loose.append(merge(value.all_taints(), key.all_taints()))
        return Value(merge(*loose), items=tuple(items))

    def _sequence(self, elements: list[ast.expr], env: Env, kind: type) -> Value:
        items: list[tuple[object, Value]] = []
        loose: list[Taints] = []
        precise = True
        for index, element in enumerate(elements):
            if isinstance(element, ast.Starred):
                loose.append(self.eval(element.value, env).all_taints())
                precise = False
                continue
            items.append((index, self.eval(element, env)))
        if precise and all(v.const is not UNKNOWN for _, v in items) and kind is not set:
            return Value(const=kind(v.const for _, v in items), items=tuple(items))
        if not precise or kind is set:
            return tainted(merge(*loose, *(v.all_taints() for _, v in items)))
        return Value(merge(*loose), items=tuple(items))

    def _expr_List(self, node: ast.List, env: Env) -> Value:
        return self._sequence(node.elts, env, list)

    def _expr_Tuple(self, node: ast.Tuple, env: Env) -> Value:
        return self._sequence(node.elts, env, tuple)

    def _expr_Set(self, node: ast.Set, env: Env) -> Value:
        return self._sequence(node.elts, env, set)

    def _comprehension(self, generators: list[ast.comprehension], env: Env) -> Env:
        inner = dict(env)
        for generator in generators:
            element = self._element(self.eval(generator.iter, inner))
            self.assign(generator.target, element, inner, generator.iter)
            for condition in generator.ifs:
                self.eval(condition, inner)
                positive, _ = self.refinements(condition, inner)
                self.refine(inner, positive)
        return inner

    def _expr_ListComp(self, node: ast.ListComp, env: Env) -> Value:
        inner = self._comprehension(node.generators, env)
        return tainted(self.eval(node.elt, inner).all_taints())

    _expr_SetComp = _expr_ListComp
    _expr_GeneratorExp = _expr_ListComp

    def _expr_DictComp(self, node: ast.DictComp, env: Env) -> Value:
        inner = self._comprehension(node.generators, env)
        key, value = self.eval(node.key, inner), self.eval(node.value, inner)
        return tainted(merge(key.all_taints(), value.all_taints()))

    def _expr_Lambda(self, node: ast.Lambda, env: Env) -> Value:
        return Value(function=node)

    def _expr_Await(self, node: ast.Await, env: Env) -> Value:
        return self.eval(node.value, env)

    def _expr_Yield(self, node: ast.Yield, env: Env) -> Value:
        if node.value is not None:
            self.returns.append(self.eval(node.value, env).all_taints())
        return CLEAN

    def _expr_YieldFrom(self, node: ast.YieldFrom, env: Env) -> Value:
        self.returns.append(self.eval(node.value, env).all_taints())
        return CLEAN

    def _expr_NamedExpr(self, node: ast.NamedExpr, env: Env) -> Value:
        value = self.eval(node.value, env)
        self.assign(node.target, value, env, node)
        return value

    def _expr_Starred(self, node: ast.Starred, env: Env) -> Value:
        return self.eval(node.value, env)

    def _element(self, iterable: Value) -> Value:
        """The value of one element of an iterable."""
        if isinstance(iterable.const, str):
            return CLEAN
        return Value(iterable.all_taints())

    # -- calls -----------------------------------------------------------------------------------

    def _expr_Call(self, node: ast.Call, env: Env, used: bool = True) -> Value:
        value = self._call(node, env, used)
        if (
            isinstance(node.func, ast.Attribute)
            and node.func.attr in sinks.TEMPLATE_CONTEXT_METHODS
            and value.items is None
        ):
            # `context = super().get_context_data(**kwargs)`: a dict whose later constant-key
            # writes (`context["q"] = q`) stay apart, so the template sees which key is tainted
            return Value(value.all_taints(), items=())
        return value

    def _call(self, node: ast.Call, env: Env, used: bool) -> Value:
        func = node.func
        callee = self.semantic.qualified_name(func)
        method = func.attr if isinstance(func, ast.Attribute) else None
        receiver = self.eval(func.value, env) if isinstance(func, ast.Attribute) else CLEAN
        if isinstance(func, ast.Name) and func.id in env and env[func.id].function is not None:
            return self._apply_lambda(env[func.id].function, node, env)  # type: ignore[arg-type]
        args = [self.eval(a, env) for a in node.args]
        keywords = [(k.arg, self.eval(k.value, env)) for k in node.keywords]
        groups = [receiver.all_taints()]
        groups += [a.all_taints() for a in args]
        groups += [v.all_taints() for _, v in keywords]
        everything = merge(*groups)
        if (
            method in _MUTATORS
            and isinstance(func, ast.Attribute)
            and (receiver.items is not None or receiver.is_tainted)
        ):
            self._mutate(func.value, method, receiver, args, keywords, env)
        if callee == "builtins.dict" and not node.args and all(k for k, _ in keywords):
            return Value(items=tuple(keywords))  # `dict(q=q)`: a dict with constant keys
        self._template_render(node, callee, method, receiver, args, keywords)
        if self._check_sinks(node, callee, method, receiver, args, keywords):
            # what a sink returns (a response, a cursor, a process) is not request data, but may
            # be an object whose own methods and items are sinks (`HttpResponse(...)["X"] = v`)
            object_type = sinks.TYPE_OF_CALL.get(callee or "")
            return CLEAN if object_type is None else Value(types=frozenset({object_type}))
        if (
            callee is None
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == self.self_name
            and self.owner_class
        ):
            callee = f"{self.owner_class}.{func.attr}"
        # sanitizers and results that carry nothing
        if callee in san.SANITIZERS:
            kinds = san.SANITIZERS[callee]
            quote = dict(keywords).get("quote")
            if quote is not None and quote.const is False:
                kinds = kinds - {"html"}  # quotes left as they are: unsafe in attributes
            return tainted(everything).cleared(kinds) if everything else CLEAN
        if callee in san.REGEX_SUBSTITUTIONS and len(args) >= 3:
            # `re.sub(r"[^a-z0-9-]+", "", value)`: only the allowed characters are left
            pattern, replacement = args[0].const, args[1].const
            if isinstance(pattern, str) and isinstance(replacement, str):
                kinds = substitution_clears(pattern, replacement)
                return tainted(everything).cleared(kinds) if kinds else tainted(everything)
        if callee == "builtins.map" and node.args:  # `map(escape, names)`: each one sanitized
            mapped = self.semantic.qualified_name(node.args[0])
            if mapped in san.SANITIZERS:
                return tainted(everything).cleared(san.SANITIZERS[mapped])
        if callee in san.CLEAN_RESULTS or (method in san.CLEAN_METHODS and callee is None):
            return CLEAN
        if callee in sinks.TYPE_OF_CALL:
            return Value(types=frozenset({sinks.TYPE_OF_CALL[callee]}))
        # request objects: `request.get_json()`, `await request.json()`
        if receiver.request is not None and method is not None:
            if method in receiver.request.attributes:
                return self._source(node, f"{ast.unparse(func)}()", method)
            return CLEAN
        if callee is None and method is not None and receiver.instance is not None:
            # `service.find(x)` on `service = OrderService()`: `OrderService.find`, if the
            # project phase finds it
            instance_method = f"{receiver.instance}.{method}"
            return self._record_call(
                node, instance_method, receiver, args, keywords, used, everything
            )
        for base_type in receiver.types:
            result_type = sinks.METHOD_RESULT_TYPES.get((base_type, method or ""))
            if result_type is not None:
                return Value(types=frozenset({result_type}))
        if "django.Manager" in receiver.types and method in sinks.QUERYSET_METHODS:
            return Value(types=receiver.types)
        if receiver.types and method is not None:
            return CLEAN  # results of typed library objects (rows, responses) are not request data
        if (
            method == "replace"
            and receiver.is_tainted
            and args
            and isinstance(args[0].const, str)
            and args[0].const in _LINE_BREAKS
        ):
            return tainted(everything).cleared(frozenset({"log", "header"}))
        if method is not None and isinstance(receiver.const, str):
            # a method of a constant string: `"...{}".format(x)`, `", ".join(xs)`
            if method == "format" and not any(isinstance(a, ast.Starred) for a in node.args):
                return _format(receiver.const, args, keywords)
            return tainted(everything)
        if method is not None and (receiver.is_tainted or receiver.items is not None):
            return self._container_method(node, method, receiver, args, everything)
        if callee is not None and callee.startswith("builtins."):
            return tainted(everything)
        if callee is None:  # a method of an object of unknown type
            return tainted(everything).cleared(san.OBSCURE_CLEARS) if everything else CLEAN
        return self._record_call(node, callee, receiver, args, keywords, used, everything)

    def _container_method(
        self, node: ast.Call, method: str, receiver: Value, args: list[Value], everything: Taints
    ) -> Value:
        """Methods of values (containers, strings, request data): `d.get("k")`, `s.strip()`."""
        converter = next((k.value for k in node.keywords if k.arg == "type"), None)
        if converter is not None and method in ("get", "getlist"):
            # Werkzeug's `request.args.get("page", type=int)`: converted (or the default)
            kinds = san.SANITIZERS.get(self.semantic.qualified_name(converter) or "")
            if kinds is not None:
                return tainted(everything).cleared(kinds)
        if method in ("get", "pop") and args and args[0].const is not UNKNOWN:
            if receiver.items is not None:
                found = receiver.item(args[0].const)
                return join(found, args[1]) if len(args) > 1 else found
            return _named_source(tainted(everything), node)
        if method == "get" and args:  # `COMMANDS.get(name, default)`: a value or the default
            found = Value(receiver.all_taints())
            return join(found, args[1]) if len(args) > 1 else found
        if method in ("getlist", "getone", "getall") and args:
            return _named_source(tainted(everything), node)
        if method in san.TRANSPARENT_METHODS:
            return tainted(everything)
        return tainted(everything).cleared(san.OBSCURE_CLEARS)  # `backend.authenticate(...)`

    def _mutate(
        self,
        target: ast.expr,
        method: str,
        container: Value,
        args: list[Value],
        keywords: list[tuple[str | None, Value]],
        env: Env,
    ) -> None:
        """A container filled in place: `xs.append(v)`, `d.update(k=v)`, `d.setdefault(k, v)`."""
        if isinstance(target, ast.Name) and target.id in env:
            name = target.id
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == self.self_name
            and f"{self.self_name}.{target.attr}" in env
        ):
            name = f"{self.self_name}.{target.attr}"
        else:
            return
        updated = container
        if method == "pop":
            if container.items is None:
                return
            updated = _without_item(container, args[0].const if args else -1)
        elif method == "setdefault" and args and args[0].const is not UNKNOWN:
            key = args[0].const
            if _hashable(key) and (container.items is None or key not in dict(container.items)):
                updated = container.with_item(key, args[1] if len(args) > 1 else CLEAN)
        elif method == "update":
            for key, value in keywords:
                updated = (
                    updated.with_item(key, value) if key is not None else updated.tainted_by(value)
                )
            for value in args:
                if value.is_tainted:
                    updated = updated.tainted_by(value)
        else:
            for value in [*args, *(v for _, v in keywords)]:
                if value.is_tainted:
                    updated = updated.tainted_by(value)
        if updated is not container:
            env[name] = updated

    def _apply_lambda(self, function: ast.Lambda, node: ast.Call, env: Env) -> Value:
        inner = dict(env)
        params = [a.arg for a in function.args.args]
        for name, arg in zip(params, node.args, strict=False):
            inner[name] = self.eval(arg, env)
        return self.eval(function.body, inner)

    def _record_call(
        self,
        node: ast.Call,
        callee: str,
        receiver: Value,
        args: list[Value],
        keywords: list[tuple[str | None, Value]],
        used: bool,
        everything: Taints,
    ) -> Value:
        if not used and not everything:
            return CLEAN  # a call with clean arguments whose result is dropped teaches nothing
        index = len(self.calls)
        location = self.location(node)
        text = self.intern(_call_text(node))
        callee = self.intern(callee)
        self.calls.append(
            CallRecord(
                callee,
                receiver.all_taints(),
                tuple(a.all_taints() for a in args),
                tuple((k or "**", v.all_taints()) for k, v in keywords),
                location,
                text,
            )
        )
        step = Step(location, self.intern(f"returned from `{text}`"))
        # `OrderService(...)` by naming convention may make an instance of a project class
        instance = callee if callee.rpartition(".")[2][:1].isupper() else None
        return Value(
            (Taint(CallResult(self.qualname, index), frozenset(), (step,)),), instance=instance
        )

    # -- sinks -----------------------------------------------------------------------------------

    def _check_sinks(
        self,
        node: ast.Call,
        callee: str | None,
        method: str | None,
        receiver: Value,
        args: list[Value],
        keywords: list[tuple[str | None, Value]],
    ) -> bool:
        """Record the taints reaching a sink at this call; whether the call is a sink at all."""
        sink = sinks.CALL_SINKS.get(callee or "")
        if sink is None and method is not None:
            for base_type in receiver.types:
                sink = sinks.METHOD_SINKS.get((base_type, method))
                if sink is not None:
                    break
            if (
                sink is None
                and not receiver.types
                and method in sinks.UNTYPED_SQL_METHODS
                and _receiver_name(node.func) in sinks.UNTYPED_SQL_RECEIVERS
            ):
                sink = sinks.METHOD_SINKS[("dbapi.Cursor", "execute")]
        if sink is None:
            return False
        what = f"`{_call_text(node)}`"
        keyword_values = dict(keywords)
        if sink.requires is not None:
            name, expected = sink.requires
            given = keyword_values.get(name)
            if given is None or given.const != expected:
                if sink.kind == "shell" and callee and callee.startswith("subprocess."):
                    self._program_sink(node, args, keyword_values, what)
                return True
        if callee == "yaml.load" and _safe_yaml_loader(node, self.semantic):
            return True
        if sink.kind == "xxe" and self._hardened_parser(node):
            return True
        if sink.kind == "log":
            self._log_sink(node, args, what)
            return True
        if sink.unless is not None:
            name, is_safe = sink.unless
            given = keyword_values.get(name)
            if given is not None and given.const is not UNKNOWN and is_safe(given.const):
                return True
        positions = range(len(args)) if sinks.ANY_ARG in sink.args else sink.args
        if sinks.RECEIVER in positions and isinstance(node.func, ast.Attribute):
            self.sink(sink.kind, receiver, node.func.value, what)
        for position in positions:
            if 0 <= position < len(args) and not isinstance(node.args[position], ast.Starred):
                self.sink(sink.kind, args[position], node.args[position], what)
        names = [k for k in keyword_values if k] if "*" in sink.keywords else sink.keywords
        for name in names:
            if name in keyword_values:
                value_node = next(k.value for k in node.keywords if k.arg == name)
                self.sink(sink.kind, keyword_values[name], value_node, what)
        if callee in sinks.INLINE_TEMPLATE_RENDERERS and args and isinstance(args[0].const, str):
            unescaped = {use.variable for use in unsafe_uses(args[0].const)}
            for keyword in node.keywords:
                if keyword.arg in unescaped:
                    self.sink("html", keyword_values[keyword.arg], keyword.value, what)
        return True

    def _template_render(
        self,
        node: ast.Call,
        callee: str | None,
        method: str | None,
        receiver: Value,
        args: list[Value],
        keywords: list[tuple[str | None, Value]],
    ) -> None:
        """`render(request, "a.html", {"q": q})`: each tainted context variable is a possible
        HTML sink, which the project phase confirms if the template prints it unescaped."""
        renderer = sinks.TEMPLATE_RENDERERS.get(callee or "")
        if renderer is None and method is not None:
            for base_type in receiver.types:
                renderer = sinks.TEMPLATE_RENDER_METHODS.get((base_type, method))
                if renderer is not None:
                    break
        if renderer is None:
            return
        named = dict((k, v) for k, v in keywords if k)
        name_value, position = named.get(renderer.name_keyword), None
        if name_value is None:
            for index, arg in enumerate(args[:2]):
                if isinstance(arg.const, str) or (arg.items and _first_constant_string(arg)):
                    name_value, position = arg, index
                    break
        if name_value is None:
            return
        given_name = name_value.const
        name = given_name if isinstance(given_name, str) else _first_constant_string(name_value)
        if name is None:
            return
        context: list[tuple[object, Value]] = []
        if renderer.context_keyword is None:
            for key, value in keywords:
                if key is not None:
                    context.append((key, value))
                elif value.items is not None:
                    context.extend(value.items)
        else:
            given = named.get(renderer.context_keyword)
            if given is None and position is not None and position + 1 < len(args):
                given = args[position + 1]
            if given is None or given.items is None:
                return
            context.extend(given.items)
        self._template_context(node, name, context, f"`{_call_text(node)}`")

    def _template_context(
        self, node: ast.AST, template: str, context: Iterable[tuple[object, Value]], what: str
    ) -> None:
        for variable, value in context:
            taints = tuple(t for t in value.all_taints() if not t.is_cleared_for("html"))
            if isinstance(variable, str) and taints:
                site = self.file.site(node)
                self.sinks.append(SinkHit("html", taints, site, what, (template, variable)))

    def _containment(self, left: ast.expr, right: ast.expr, env: Env) -> str | None:
        """`os.path.commonpath([full, ROOT]) == ROOT`: the name checked to stay under ROOT."""
        if not (
            isinstance(left, ast.Call)
            and self.semantic.qualified_name(left.func) in san.CONTAINMENT_CHECKS
            and left.args
            and isinstance(left.args[0], ast.List | ast.Tuple)
            and not self.eval(right, env).is_tainted
        ):
            return None
        names = [e.id for e in left.args[0].elts if isinstance(e, ast.Name)]
        base = ast.dump(right)
        others = [e for e in left.args[0].elts if ast.dump(e) == base]
        return names[0] if names and others and names[0] != getattr(right, "id", None) else None

    def _symbolic_guard(self, test: ast.Call, callee: str) -> Refinement:
        """A call to a function that may be a project guard (`is_safe_next(request, url)`):
        each plain-name argument is cleared "if that function's parameter is a guard", which the
        project phase decides from the function's summary."""
        refinement: Refinement = {}
        for index, arg in enumerate(test.args):
            if isinstance(arg, ast.Name):
                refinement[arg.id] = frozenset({f"guard:{callee}:{index}"})
        for keyword in test.keywords:
            if keyword.arg and isinstance(keyword.value, ast.Name):
                refinement[keyword.value.id] = frozenset({f"guard:{callee}:{keyword.arg}"})
        return refinement

    def guards(self, params: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
        """Parameters this function vouches for when it returns a true value (a guard helper)."""
        if not self.guard_returns:
            return ()
        met = _meet(self.guard_returns)
        found = []
        for index, name in enumerate(params):
            kinds = frozenset(k for k in met.get(name, frozenset()) if not k.startswith("guard:"))
            if kinds:
                found.append((index, kinds))
        return tuple(found)

    def _hardened_parser(self, node: ast.Call) -> bool:
        """An lxml parser argument built with `resolve_entities=False`."""
        parser = node.args[1] if len(node.args) > 1 else None
        parser = next((k.value for k in node.keywords if k.arg == "parser"), parser)
        if isinstance(parser, ast.Name):
            values = self.semantic.assigned_values(parser) or []
            parser = values[0] if len(values) == 1 else None
        if not isinstance(parser, ast.Call):
            return False
        setting = next((k.value for k in parser.keywords if k.arg == "resolve_entities"), None)
        return isinstance(setting, ast.Constant) and setting.value is False

    def _log_sink(self, node: ast.Call, args: list[Value], what: str) -> None:
        """Logging: arguments formatted with `%r` are repr()'d, which escapes line breaks."""
        conversions: list[str] = []
        if args and isinstance(args[0].const, str):
            found = re.findall(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?([a-zA-Z%])", args[0].const)
            conversions = [c for c in found if c != "%"]
        for position, value in enumerate(args):
            if isinstance(node.args[position], ast.Starred):
                continue
            if 0 < position <= len(conversions) and conversions[position - 1] == "r":
                continue
            self.sink("log", value, node.args[position], what)

    def _program_sink(
        self, node: ast.Call, args: list[Value], keywords: dict[str | None, Value], what: str
    ) -> None:
        """subprocess without a shell: only the program itself is dangerous."""
        if not args and "args" not in keywords:
            return
        first_node = (
            node.args[0] if node.args else next(k.value for k in node.keywords if k.arg == "args")
        )
        first = args[0] if args else keywords["args"]
        if isinstance(first_node, ast.List | ast.Tuple) and first_node.elts:
            program = first.item(0)
            self.sink("shell", program, first_node.elts[0], what)
            command = _shell_command_index(program.const, first_node.elts)
            if command is not None:  # `["bash", "-c", command]`: a shell parses `command`
                self.sink("shell", first.item(command), first_node.elts[command], what)
        elif not isinstance(first_node, ast.List | ast.Tuple):
            self.sink("shell", Value(first.taints) if first.items else first, first_node, what)

    def sink(self, kind: str, value: Value, node: ast.AST, what: str) -> None:
        taints = tuple(t for t in value.all_taints() if not t.is_cleared_for(kind))
        if taints:
            self.sinks.append(SinkHit(kind, taints, self.file.site(node), what))

    # -- summary ---------------------------------------------------------------------------------

    def summary(self, params: tuple[str, ...], positional: int, bound: bool) -> FunctionTaint:
        return FunctionTaint(
            self.qualname,
            params,
            positional,
            bound,
            merge(*self.returns),
            tuple(self.sinks),
            tuple(self.calls),
            tuple((owner, attr, taints) for (owner, attr), taints in self.attr_writes.items()),
            self.guards(params),
        )


# -- helpers ---------------------------------------------------------------------------------------


def _new_locations(file: FileContext) -> dict[ast.AST, Location]:
    return {}


def _new_steps(file: FileContext) -> dict[tuple[ast.AST, str], Step]:
    return {}


def _new_strings(file: FileContext) -> dict[str, str]:
    return {}


_HOST_FIXED = re.compile(r"^(/[^/\\]|[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#%{]+[/?#])|[?#]")


def _concatenate(parts: list[Value]) -> Value:
    """A string built from parts: once a constant prefix fixes the host (`/path`, `https://h/`)
    or enters the query (`?`), later parts cannot redirect or send a request elsewhere."""
    if all(p.const is not UNKNOWN for p in parts):
        return constant("".join(str(p.const) for p in parts))
    prefix, fixed = "", False
    taints: list[Taints] = []
    for part in parts:
        if part.const is not UNKNOWN:
            if not fixed:
                prefix += str(part.const)
                fixed = bool(_HOST_FIXED.search(prefix))
            continue
        value = part.cleared(frozenset({"redirect", "ssrf"})) if fixed else part
        taints.append(value.all_taints())
        fixed = fixed or False
        prefix += "\x00"  # an unknown part: a later constant no longer starts the string
    return tainted(merge(*taints))


def _percent_format(template: str, arguments: Value) -> Value:
    pieces = re.split(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXoeEgGc]", template)
    count = len(pieces) - 1
    if arguments.items is not None and count == len(arguments.items) and count > 0:
        values = [arguments.item(i) for i in range(count)]
    else:
        values = [Value(arguments.all_taints())] * max(count, 1)
    parts: list[Value] = []
    for piece, value in zip(pieces, values, strict=False):
        parts += [constant(piece), value]
    return _concatenate(parts)


def _format(template: str, args: list[Value], keywords: list[tuple[str | None, Value]]) -> Value:
    """`template.format(...)`, as the concatenation of its literal parts and its fields."""
    named = {name: value for name, value in keywords if name is not None}
    loose = merge(*(v.all_taints() for name, v in keywords if name is None))
    parts: list[Value] = []
    automatic = 0
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        fields = []
    if not fields:
        return tainted(
            merge(loose, *(a.all_taints() for a in args), *(named[n].all_taints() for n in named))
        )
    for literal, field, spec, conversion in fields:
        parts.append(constant(literal))
        if field is None:
            continue
        key = re.split(r"[.\[]", field, maxsplit=1)[0]
        if key == "":
            key, automatic = str(automatic), automatic + 1
        if key.isdigit():
            index = int(key)
            value = args[index] if index < len(args) else CLEAN
        else:
            value = named.get(key, CLEAN)
        if value.const is UNKNOWN or spec or conversion or "." in field or "[" in field:
            value = tainted(merge(value.all_taints(), loose))  # not folded: only its taint
        parts.append(value)
    return _concatenate(parts)


def _named_source(value: Value, node: ast.expr) -> Value:
    """`request.args["q"]` rather than `request.args` as the source's description; and
    `request.META["CSRF_COOKIE"]` (set by the server, not the client) is no source at all."""
    base = node.value if isinstance(node, ast.Subscript) else getattr(node, "func", None)
    if isinstance(base, ast.Attribute) and isinstance(node, ast.Call):
        base = base.value
    if base is None or not any(
        isinstance(t.origin, Source) and len(t.steps) == 1 for t in value.taints
    ):
        return value
    base_text = ast.unparse(base)
    renamed = []
    for taint in value.taints:
        origin = taint.origin
        if isinstance(origin, Source) and origin.what == base_text and len(taint.steps) == 1:
            key = _constant_key(node)
            if (
                base_text.rsplit(".", 1)[-1] in src.ENVIRON_ATTRIBUTES
                and isinstance(key, str)
                and not key.startswith(src.REMOTE_ENVIRON_PREFIX)
                and key not in src.REMOTE_ENVIRON_KEYS
            ):
                continue
            what = ast.unparse(node)
            step = replace(taint.steps[0], note=f"source: `{what}` (request data)")
            # a routed view's `self.kwargs["pk"]` is the URL parameter `pk`
            parameter = key if origin.route and isinstance(key, str) else origin.parameter
            source = Source(origin.kind, what, origin.route, parameter)
            taint = Taint(source, taint.cleared, (step,))
        renamed.append(taint)
    return replace(value, taints=tuple(renamed))


def _constant_key(node: ast.expr) -> object:
    key = node.slice if isinstance(node, ast.Subscript) else None
    if isinstance(node, ast.Call) and node.args:
        key = node.args[0]
    return key.value if isinstance(key, ast.Constant) else None


def _member(taint: Taint, attr: str) -> Taint:
    """The taint of `obj.attr` for one taint of `obj`."""
    origin = taint.origin
    if isinstance(origin, CallResult):
        return Taint(Member(origin.function, origin.call, attr), taint.cleared, taint.steps)
    return taint


def _without_item(container: Value, key: object) -> Value:
    """The container after `pop(key)`: the key removed, a sequence's later items moved down."""
    items = container.items
    if items is None or key is UNKNOWN or not _hashable(key):
        return container
    if is_sequence(items) and type(key) is int:
        position = key + len(items) if key < 0 else key
        if not 0 <= position < len(items):
            return container
        by_index = dict(items)
        ordered = [by_index[index] for index in range(len(items)) if index != position]
        return replace(container, items=tuple(enumerate(ordered)), const=UNKNOWN)
    kept = tuple((k, v) for k, v in items if not (k == key and type(k) is type(key)))
    return replace(container, items=kept, const=UNKNOWN)


def _truthy(value: object) -> bool:
    try:
        return bool(value)
    except Exception:
        return True


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _fold_binary(op: ast.operator, left: object, right: object) -> object:
    function = _BINARY.get(type(op))
    if function is None:
        return UNKNOWN
    text = isinstance(left, str | bytes) or isinstance(right, str | bytes)
    if text and isinstance(op, ast.Mult | ast.Mod):
        return UNKNOWN  # repetition and %-formatting: possibly huge, rarely needed
    if isinstance(left, int) and isinstance(right, int) and max(abs(left), abs(right)) > 10**12:
        return UNKNOWN
    try:
        result = function(left, right)
    except Exception:
        return UNKNOWN
    if isinstance(result, str | bytes) and len(result) > MAX_STRING:
        return UNKNOWN
    return result


def _union(refinements: object) -> Refinement:
    merged: Refinement = {}
    for refinement in refinements:  # type: ignore[attr-defined]
        for name, kinds in refinement.items():
            merged[name] = merged.get(name, frozenset()) | kinds
    return merged


def _same_taints(before: Env | None, after: Env | None) -> bool:
    """Whether a loop pass changed what any variable may carry (taint, or container shape)."""
    if before is None or after is None:
        return before is after
    if before.keys() != after.keys():
        return False
    for name, value in after.items():
        old = before[name]
        if old is value:
            continue
        if {t.key() for t in old.all_taints()} != {t.key() for t in value.all_taints()}:
            return False
        if old.types != value.types or (old.items is None) != (value.items is None):
            return False
    return True


def _meet(refinements: object) -> Refinement:
    """What holds on every one of several alternative paths."""
    result: Refinement | None = None
    for refinement in refinements:  # type: ignore[attr-defined]
        if result is None:
            result = dict(refinement)
            continue
        meet: Refinement = {}
        for name, kinds in result.items():
            other = refinement.get(name)
            if other is None:
                continue
            if "*" in kinds:
                meet[name] = other
            elif "*" in other:
                meet[name] = kinds
            elif kinds & other:
                meet[name] = kinds & other
        result = meet
    return result or {}


def _guarded_name(expr: ast.expr) -> str | None:
    return expr.id if isinstance(expr, ast.Name) else None


def _regex_clears(pattern: object, full: bool) -> frozenset[str]:
    """What a successful `re.fullmatch` (`full`) or `re.match` of `pattern` makes a value safe for:
    `re.match` must be anchored at the end, and `$` there also admits a final line feed."""
    if not isinstance(pattern, str):
        return frozenset()
    if full:
        return pattern_clears(pattern)
    if "|" in pattern:
        return frozenset()  # `^a|b$`: an anchor binds to one alternative only
    if pattern.endswith("\\Z") and not pattern.endswith("\\\\Z"):
        return pattern_clears(pattern)
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern_clears(pattern, trailing_newline=True)
    return frozenset()


def _pattern_matches(pattern: ast.pattern, subject: object) -> bool | None:
    if isinstance(pattern, ast.MatchValue) and isinstance(pattern.value, ast.Constant):
        return bool(pattern.value.value == subject)
    if isinstance(pattern, ast.MatchSingleton):
        return pattern.value is subject
    if isinstance(pattern, ast.MatchAs) and pattern.pattern is None:
        return True
    if isinstance(pattern, ast.MatchOr):
        verdicts = [_pattern_matches(p, subject) for p in pattern.patterns]
        if any(v is True for v in verdicts):
            return True
        return None if any(v is None for v in verdicts) else False
    return None


def _shell_command_index(program: object, argv: list[ast.expr]) -> int | None:
    """The position of the command line in `["sh", "-c", command, ...]`, if it is one."""
    if not isinstance(program, str) or len(argv) < 3:
        return None
    name = program.replace("\\", "/").rsplit("/", 1)[-1].lower().removesuffix(".exe")
    if name not in sinks.SHELL_PROGRAMS:
        return None
    flag = argv[1]
    if isinstance(flag, ast.Constant) and flag.value in sinks.SHELL_COMMAND_FLAGS:
        return 2
    return None


def _receiver_name(func: ast.expr) -> str | None:
    """`cursor` for `cursor.execute`, `self.cursor.execute` and `db.cursor().execute`."""
    if isinstance(func, ast.Attribute):
        base = func.value
        if isinstance(base, ast.Call) and not base.args and not base.keywords:
            base = base.func
        if isinstance(base, ast.Name):
            return base.id.lower()
        if isinstance(base, ast.Attribute):
            return base.attr.lower()
    return None


def _safe_yaml_loader(node: ast.Call, semantic: object) -> bool:
    loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
    if loader is None and len(node.args) > 1:
        loader = node.args[1]
    if loader is None:
        return False
    name = ast.unparse(loader)
    return name.endswith(("SafeLoader", "CSafeLoader", "BaseLoader"))


def _first_constant_string(value: Value) -> str | None:
    """The first name of a list of template names (`["shop/a.html", "a.html"]`)."""
    for _, item in value.items or ():
        if isinstance(item.const, str):
            return item.const
    return None


def _call_text(node: ast.Call) -> str:
    text = _dotted(node.func)
    return f"{text}(...)" if node.args or node.keywords else f"{text}()"


def _dotted(expr: ast.expr) -> str:
    """`self.db.cursor` for an attribute chain, cheaply (no `ast.unparse`)."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        parts.append(expr.id)
    elif isinstance(expr, ast.Call):
        parts.append(_dotted(expr.func) + "()")
    else:
        parts.append("...")
    text = ".".join(reversed(parts))
    return text if len(text) <= 60 else "..." + text[-57:]


def _handlers(prefix: str) -> dict[type[ast.AST], Callable[..., Any]]:
    """The `Interpreter` methods named `<prefix><Node>`, by node class: looked up once, at import,
    instead of by name at every node."""
    return {
        node_class: getattr(Interpreter, f"{prefix}{node_class.__name__}")
        for node_class in vars(ast).values()
        if isinstance(node_class, type)
        and issubclass(node_class, ast.AST)
        and hasattr(Interpreter, f"{prefix}{node_class.__name__}")
    }


_STATEMENT_HANDLERS = _handlers("_stmt_")
_EXPRESSION_HANDLERS = _handlers("_expr_")
