"""The project phase of the taint engine: joins every function's summary into source-to-sink flows.

Summaries speak in symbols: `Param(f, i)` (whatever callers pass), `CallResult(f, n)` (whatever
the n-th call in f returns), `Member(f, n, a)` (attribute `a` of that result) and `ClassAttr(C, a)`
(whatever any method stores in `self.a`). Three memoized resolutions turn them into concrete
sources:

* `normalize(taints, f)` replaces call results by what the callee returns at that call site,
  substituting the callee's parameters with the call's arguments (context-sensitive, so a helper
  that returns its argument is tainted only where it is given tainted data); a call to something
  that is not a project function passes the taint of its arguments through. An attribute of an
  instance of a project class (`Query(...).table`) is what the class stores in `self.table`;
* `param_sources(f, i)` collects what every caller in the project passes as parameter i
  (for `*args` and `**kwargs`, the extra positional and keyword arguments);
* `attr_sources(C, a)` collects what is stored in `self.a` anywhere in class C, its project base
  classes and its subclasses (per class hierarchy, not per instance).

Calls of methods on instances (`service.find(x)` after `service = OrderService()`, or on a
module-level `orders = OrderService()`) resolve to the class's method when the class is in the
project. Parameters declared with a project `Enum` are not sources, and a Django view's URL
parameters are sources only if a URLconf routes to the view without a converting converter.

Each resolution guards against recursion (a cycle contributes nothing new), so it terminates.
Traces are composed as taints are substituted: the source, the steps in the caller, the call,
the steps inside the callee, and finally the sink.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from scrutiny.finding import Location, Step
from scrutiny.frameworks.taint_sanitizers import OBSCURE_CLEARS, TRANSPARENT_FUNCTIONS
from scrutiny.frameworks.taint_sources import ENUM_BASES
from scrutiny.semantic.project import ProjectIndex, Site
from scrutiny.taint.labels import (
    CallResult,
    ClassAttr,
    Member,
    Param,
    Source,
    Taint,
    Taints,
    clear,
    merge,
)
from scrutiny.taint.summary import CallRecord, FunctionTaint, ModuleTaint, SinkHit
from scrutiny.taint.templates import TemplateIndex


@dataclass(frozen=True)
class Flow:
    kind: str  # the sink kind
    source: Source
    sink: SinkHit
    steps: tuple[Step, ...]


def _combine(concrete: Taint, symbolic: Taint) -> Taint:
    """`concrete` flowing into the place `symbolic` stood for, then on along its steps."""
    return Taint(
        concrete.origin, concrete.cleared | symbolic.cleared, (*concrete.steps, *symbolic.steps)
    )


class Solver:
    def __init__(
        self,
        index: ProjectIndex,
        modules: Iterable[ModuleTaint],
        templates: TemplateIndex | None = None,
    ) -> None:
        self.index = index
        self.templates = templates if templates is not None else TemplateIndex({})
        self.functions: dict[str, FunctionTaint] = {}
        # routed view -> the URL parameters that every route to it converts to safe values
        self.routed: dict[str, frozenset[str]] = {}
        self.instances: dict[str, str] = {}  # module-level objects -> the class that made them
        for module in modules:
            for name, made_by in module.instances:
                self.instances[name] = index.resolve(made_by)
            for view, converted in module.routes:
                resolved = index.resolve(view)
                known = self.routed.get(resolved)
                self.routed[resolved] = converted if known is None else known & converted
            for summary in module.functions:
                self.functions.setdefault(summary.qualname, summary)
        self.callers: dict[str, list[tuple[FunctionTaint, int]]] = defaultdict(list)
        for function in self.functions.values():
            for number, record in enumerate(function.calls):
                target = self._target(record.callee)
                if target is not None:
                    self.callers[target.qualname].append((function, number))
        self.writes: dict[tuple[str, str], list[tuple[FunctionTaint, Taints]]] = defaultdict(list)
        for function in self.functions.values():
            for owner, attr, taints in function.attr_writes:
                self.writes[(owner, attr)].append((function, taints))
        self._returns: dict[tuple[str, int], Taints] = {}
        self._params: dict[tuple[str, int], Taints] = {}
        self._attrs: dict[tuple[str, str], Taints] = {}
        self._active: set[object] = set()
        self._related: dict[str, tuple[str, ...]] = {}
        self._enums: dict[str, bool] = {}
        self._subclasses: defaultdict[str, list[str]] | None = None

    # -- resolution of call targets ---------------------------------------------------------------

    def _target(self, callee: str) -> FunctionTaint | None:
        """The summary of the function a call runs (`__init__` when a class is called)."""
        resolved = self.index.resolve(callee)
        if resolved in self.functions:
            return self.functions[resolved]
        info = self.index.function(callee)
        if info is not None and info.qualname in self.functions:
            return self.functions[info.qualname]
        if resolved in self.index.classes:
            init = self.index.function(f"{resolved}.__init__")
            if init is not None:
                return self.functions.get(init.qualname)
            return None
        owner, _, method = callee.rpartition(".")
        if owner and method:  # `pkg.Service.find` (a re-exported class), `module.service.find`
            klass = self.instances.get(owner) or self.index.resolve(owner)
            if klass != owner or owner in self.instances:
                info = self.index.function(f"{klass}.{method}")
                if info is not None:
                    return self.functions.get(info.qualname)
        return None

    def _guarded(self, taint: Taint, kind: str) -> bool:
        """Whether a project guard helper (recorded as `guard:<callee>:<argument>`) vouched for
        the value, for this sink kind."""
        for entry in taint.cleared:
            if not entry.startswith("guard:"):
                continue
            callee, _, argument = entry[len("guard:") :].rpartition(":")
            target = self._target(callee)
            if target is None or not target.guards:
                continue
            if argument.isdigit():
                index = int(argument) + (1 if target.bound else 0)
            elif argument in target.params:
                index = target.params.index(argument)
            else:
                continue
            for guarded, kinds in target.guards:
                if guarded == index and ("*" in kinds or kind in kinds):
                    return True
        return False

    def _is_routed(self, view: str, parameter: str) -> bool:
        """Whether a URLconf routes to this view function (or to its class-based view) and passes
        the parameter as text (not through an `int`, `uuid` or `slug` converter)."""
        converted = self.routed.get(view)
        if converted is None:
            info = self.index.functions.get(view)
            if info is None or info.owner_class is None:
                return False
            converted = self.routed.get(info.owner_class)
        return converted is not None and parameter not in converted

    def _is_class(self, callee: str) -> bool:
        return self.index.resolve(callee) in self.index.classes

    @staticmethod
    def _argument(record: CallRecord, target: FunctionTaint, index: int) -> Taints:
        """What the call passes for the target's parameter `index` (positionally or by name;
        for `*args` the extra positional arguments, for `**kwargs` the extra keywords)."""
        name = target.params[index] if index < len(target.params) else ""
        skipped = 1 if target.bound else 0
        if name.startswith("**"):
            named = set(target.params)
            return merge(*(t for k, t in record.keywords if k not in named))
        if name.startswith("*"):
            return merge(*record.args[max(target.positional - skipped, 0) :])
        position = index - skipped
        if index < target.positional and 0 <= position < len(record.args):
            return record.args[position]
        for keyword, taints in record.keywords:
            if keyword == name or keyword == "**":
                return taints
        return ()

    # -- normalize: call results -> what callees return --------------------------------------------

    def normalize(self, taints: Taints, function: FunctionTaint) -> Taints:
        out: list[Taint] = []
        for taint in taints:
            origin = taint.origin
            if isinstance(origin, CallResult) and origin.function == function.qualname:
                out.extend(_combine(r, taint) for r in self._call_returns(function, origin.call))
            elif isinstance(origin, Member) and origin.function == function.qualname:
                out.extend(_combine(r, taint) for r in self._member(function, origin))
            else:
                out.append(taint)
        return merge(out)

    def _member(self, function: FunctionTaint, member: Member) -> Taints:
        """`obj.attr` where `obj` is what call `member.call` returned: what the class stores in
        `self.attr` when the call creates an instance of a project class with an `__init__`, else
        the taint of the call's result."""
        record = function.calls[member.call] if member.call < len(function.calls) else None
        if record is None or not self._is_class(record.callee):
            return self._call_returns(function, member.call)
        stored = Taint(ClassAttr(self.index.resolve(record.callee), member.attr))
        if self._target(record.callee) is not None:
            return (stored,)
        # no `__init__` (a dataclass, a pydantic model, a NamedTuple): the field is what the call
        # passes by that name (or, without names, any positional argument)
        passed = [t for keyword, t in record.keywords if keyword in (member.attr, "**")]
        return merge((stored,), self.normalize(merge(*passed, *record.args), function))

    def _call_returns(self, function: FunctionTaint, number: int) -> Taints:
        key = (function.qualname, number)
        if key in self._returns:
            return self._returns[key]
        if key in self._active or number >= len(function.calls):
            return ()
        self._active.add(key)
        try:
            record = function.calls[number]
            target = self._target(record.callee)
            if target is None or self._is_class(record.callee):
                flowing = merge(record.receiver, *record.args, *(t for _, t in record.keywords))
                result = self.normalize(flowing, function)
                if record.callee not in TRANSPARENT_FUNCTIONS:
                    result = clear(result, OBSCURE_CLEARS)
            else:
                result = self._substitute(record, target, function)
        finally:
            self._active.discard(key)
        self._returns[key] = result
        return result

    def _substitute(
        self, record: CallRecord, target: FunctionTaint, caller: FunctionTaint
    ) -> Taints:
        out: list[Taint] = []
        for taint in self.normalize(target.returns, target):
            origin = taint.origin
            if isinstance(origin, Param) and origin.function == target.qualname:
                passed = self.normalize(self._argument(record, target, origin.index), caller)
                step = Step(record.site, f"passed to `{record.text}` as `{origin.name}`")
                out.extend(_combine(a.then(step), taint) for a in passed)
            else:
                out.append(taint)
        return merge(out)

    # -- concrete: everything -> sources -------------------------------------------------------

    def concrete(self, taints: Taints, function: FunctionTaint) -> Taints:
        out: list[Taint] = []
        for taint in self.normalize(taints, function):
            origin = taint.origin
            if isinstance(origin, Source):
                if origin.declared and self._is_enum(origin.declared):
                    continue  # `dataset: Dataset` with `class Dataset(str, Enum)`
                if not origin.route or self._is_routed(origin.route, origin.parameter):
                    out.append(taint)
            elif isinstance(origin, Param) and origin.function == function.qualname:
                out.extend(_combine(s, taint) for s in self._param_sources(function, origin.index))
            elif isinstance(origin, ClassAttr):
                out.extend(
                    _combine(s, taint) for s in self._attr_sources(origin.owner, origin.attr)
                )
        return merge(out)

    def _param_sources(self, function: FunctionTaint, index: int) -> Taints:
        key = (function.qualname, index)
        if key in self._params:
            return self._params[key]
        if key in self._active:
            return ()
        self._active.add(key)
        out: list[Taint] = []
        try:
            name = function.params[index] if index < len(function.params) else "?"
            for caller, number in self.callers.get(function.qualname, ()):
                record = caller.calls[number]
                step = Step(record.site, f"passed to `{record.text}` as `{name}`")
                passed = self.concrete(self._argument(record, function, index), caller)
                out.extend(t.then(step) for t in passed)
        finally:
            self._active.discard(key)
        result = merge(out)
        self._params[key] = result
        return result

    def _attr_sources(self, owner: str, attr: str) -> Taints:
        key = (owner, attr)
        if key in self._attrs:
            return self._attrs[key]
        if key in self._active:
            return ()
        self._active.add(key)
        out: list[Taint] = []
        try:
            for klass in self._hierarchy(owner):
                for writer, taints in self.writes.get((klass, attr), ()):
                    out.extend(self.concrete(taints, writer))
        finally:
            self._active.discard(key)
        result = merge(out)
        self._attrs[key] = result
        return result

    def _hierarchy(self, owner: str) -> tuple[str, ...]:
        """The class, its project base classes and its project subclasses: where `self.x` of an
        instance may have been stored."""
        related = self._related.get(owner)
        if related is not None:
            return related
        if self._subclasses is None:
            self._subclasses = defaultdict(list)
            for klass in self.index.classes.values():
                for base in klass.bases:
                    self._subclasses[self.index.resolve(base)].append(klass.qualname)
        found: list[str] = [owner]
        for step in (self._bases, self._subclasses.get):
            pending = [owner]
            while pending and len(found) < 64:
                for other in step(pending.pop()) or ():
                    if other not in found:
                        found.append(other)
                        pending.append(other)
        self._related[owner] = tuple(found)
        return self._related[owner]

    def _is_enum(self, declared: str) -> bool:
        """Whether a project class derives (directly or through project classes) from `Enum`."""
        known = self._enums.get(declared)
        if known is None:
            resolved = self.index.resolve(declared)
            known = resolved in self.index.classes and any(
                base in ENUM_BASES
                for klass in self._ancestors(resolved)
                for base in self._raw_bases(klass)
            )
            self._enums[declared] = known
        return known

    def _ancestors(self, owner: str) -> list[str]:
        found = [owner]
        for klass in found:
            if len(found) > 32:
                break
            found.extend(
                b for b in self._bases(klass) if b not in found and b in self.index.classes
            )
        return found

    def _raw_bases(self, owner: str) -> tuple[str, ...]:
        klass = self.index.classes.get(owner)
        return () if klass is None else klass.bases

    def _bases(self, owner: str) -> list[str]:
        klass = self.index.classes.get(owner)
        return [] if klass is None else [self.index.resolve(b) for b in klass.bases]

    # -- flows ---------------------------------------------------------------------------------

    def flows(self) -> list[Flow]:
        """Every source reaching every sink, one flow per sink site and kind (shortest trace)."""
        best: dict[tuple[Site, str], Flow] = {}
        for function in self.functions.values():
            for hit in function.sinks:
                template_steps: tuple[Step, ...] = ()
                if hit.template is not None:
                    rendered = self._template_sink(hit)
                    if rendered is None:
                        continue
                    hit, template_steps = rendered
                for taint in self.concrete(hit.taints, function):
                    if taint.is_cleared_for(hit.kind) or not isinstance(taint.origin, Source):
                        continue
                    if self._guarded(taint, hit.kind):
                        continue
                    sink_step = Step(hit.site.location, f"reaches {hit.what}")
                    steps = (*taint.steps, sink_step, *template_steps)
                    flow = Flow(hit.kind, taint.origin, hit, steps)
                    key = (hit.site, hit.kind)
                    current = best.get(key)
                    if current is None or len(flow.steps) < len(current.steps):
                        best[key] = flow
        return sorted(
            best.values(),
            key=lambda f: (f.sink.site.location.path, f.sink.site.location.line, f.kind),
        )

    def _template_sink(self, hit: SinkHit) -> tuple[SinkHit, tuple[Step, ...]] | None:
        """A context variable is an HTML sink where its template prints it unescaped."""
        assert hit.template is not None
        name, variable = hit.template
        found = self.templates.unsafe_use(name, variable)
        if found is None:
            return None
        use = found.use
        printed = use.snippet.strip()
        where = Location(found.path, use.line)
        step = Step(where, f"printed unescaped by a {use.why}: `{printed}`")
        what = f"`{{{{ {variable} }}}}` in `{found.path}`:{use.line} ({use.why}) via {hit.what}"
        return replace(hit, what=what), (step,)
