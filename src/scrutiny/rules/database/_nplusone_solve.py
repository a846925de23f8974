"""The project phase of the N+1 rules: which relation each loop reads without loading it.

Not a rule. `Solver(index, facts).problems()` joins every file's `FileFacts`: it builds the model
graph (`OrmIndex`), resolves each loop's queryset (built in place, or returned by a helper in
another file), expands what the loop body does through model properties and methods, helpers,
DRF serializers and template files, and walks every attribute path over the relations. A path
whose relation is neither eager-loaded by the queryset nor loaded by the relationship's own
strategy is an N+1 (DB101); a prefetched relation read with `.filter()` & co. inside the loop is
a defeated prefetch (DB106).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from scrutiny.finding import Location, Step
from scrutiny.frameworks import nplusone as api
from scrutiny.frameworks.orm_apis import (
    DJANGO_PREFETCH_CACHE_METHODS,
    DJANGO_PREFETCH_DEFEATING_METHODS,
    DJANGO_QUERYSET_METHODS,
    SQLALCHEMY_EAGER_LAZY,
)
from scrutiny.orm.index import OrmIndex, Relation
from scrutiny.semantic.project import ProjectIndex, Site
from scrutiny.taint.templates import TemplateIndex

from ._nplusone_facts import (
    BASE,
    Access,
    FileFacts,
    FunctionFact,
    Handoff,
    SerializerFact,
    Source,
    Usage,
    ViewFact,
    is_single,
)
from ._nplusone_templates import template_loops

MAX_DEPTH = 6
EMPTY_METHOD = "none"
_ITERATION = "__iter__"


@dataclass(frozen=True)
class Root:
    """A resolved queryset: its model, what it loads, and how it got to the loop."""

    model: str
    framework: str
    eager: frozenset[str]
    eager_all: bool
    built: Location
    steps: tuple[Step, ...]
    origin: Site  # the expression that builds it (a class-based view's finding goes there)
    only: frozenset[str] | None = None  # `only()` / `load_only()` columns; None: every column
    deferred: frozenset[str] = frozenset()  # `defer()` columns

    def excludes(self, name: str, column: str | None) -> bool:
        """Whether the queryset left the row's column `name` out (loaded again per row)."""
        if name in self.deferred or (column is not None and column in self.deferred):
            return True
        return self.only is not None and name not in self.only and column not in self.only


@dataclass(frozen=True)
class Hit:
    names: tuple[str, ...]  # the relation path from the row ("customer", "address")
    relations: tuple[Relation, ...]
    access: Location
    anchor: Site | None  # the call that queries again (DB106)
    steps: tuple[Step, ...]  # from the loop to the access (helpers, properties, templates)
    method: str | None  # DB106: the defeating method


@dataclass
class Problem:
    anchor: Site
    root: Root
    loop_step: Step
    request_path: bool
    inferred: bool  # through a helper, serializer or template (not a plain loop body)
    unloaded: list[Hit] = field(default_factory=list)
    defeated: list[Hit] = field(default_factory=list)
    # columns `only()`/`defer()`/`load_only()` left out, read from every row
    deferred: list[Hit] = field(default_factory=list)
    expanded: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)


class Solver:
    def __init__(self, index: ProjectIndex, facts: Mapping[str, Any]) -> None:
        files = [f for f in facts.values() if isinstance(f, FileFacts)]
        self.index = index
        self.files = files
        self.orm = OrmIndex.build(index, (m for f in files for m in f.models))
        self.functions = {fn.qualname: fn for f in files for fn in f.functions}
        self.serializers = {s.qualname: s for f in files for s in f.serializers}
        self.views = {v.qualname: v for f in files for v in f.views}
        self.templates = TemplateIndex(index.templates)

    # -- entry point --------------------------------------------------------------------------

    def problems(self) -> Iterator[Problem]:
        seen: set[tuple[str, int, int]] = set()
        for problem in self._all():
            if not (problem.unloaded or problem.defeated or problem.deferred):
                continue
            location = problem.anchor.location
            key = (location.path, location.line, location.column)
            if key in seen:
                continue
            seen.add(key)
            yield problem

    def _all(self) -> Iterator[Problem]:
        for file in self.files:
            for loop in file.loops:
                root = self.root(loop.source)
                if root is None:
                    continue
                step = Step(loop.site.location, f"{_loop_word(loop.kind)} over its rows")
                problem = Problem(loop.site, root, step, loop.request_path, False)
                self.walk(problem, root.model, loop.usage, (), (), 0)
                yield problem
            for passed in file.passes:
                yield from self._passed(
                    passed.callee,
                    passed.position,
                    passed.keyword,
                    passed.source,
                    passed.site,
                    passed.request_path,
                )
            for use in file.serializer_uses:
                root = self.root(use.source)
                serializer = self.serializer(use.serializer)
                if root is None or serializer is None:
                    continue
                yield self._serialized(use.site, root, serializer, True)
            for render in file.renders:
                root = self.root(render.source)
                if root is not None:
                    yield from self._rendered(render.site, root, render.template, render.variable)
            for view in file.views:
                yield from self._view(view)

    # -- queryset sources ---------------------------------------------------------------------

    def root(self, source: Source, depth: int = 0) -> Root | None:
        if source.rows_only or depth > MAX_DEPTH:
            return None
        if source.shape is not None:
            shape = source.shape
            if not shape.rows or is_single(shape) != bool(source.through):
                return None
            if EMPTY_METHOD in shape.methods:
                return None  # `.none()`: no rows
            model = self.orm.resolve_model(shape.model)
            if model is None:
                return None
            built = Location(source.site.location.path, shape.line, shape.col)
            name = model.rpartition(".")[2]
            step = Step(built, f"`{name}` queryset built here")
            custom = self._manager_eager(model, shape.manager, source.custom)
            if custom is None:
                return None
            eager = frozenset(shape.eager) | custom
            if source.through:
                return self._through(model, shape.framework, eager, source, built)
            return Root(
                model,
                shape.framework,
                eager | source.extra_eager,
                shape.eager_all,
                built,
                (step,),
                source.site,
                shape.only,
                shape.deferred,
            )
        if source.call is None:
            return None
        function = self.function(source.call)
        if function is None or function.returns is None:
            return None
        inner = self.root(function.returns, depth + 1)
        if inner is None:
            return None
        short = function.qualname.rpartition(".")[2]
        step = Step(source.site.location, f"returned by `{short}()`")
        return Root(
            inner.model,
            inner.framework,
            inner.eager | source.extra_eager,
            inner.eager_all,
            inner.built,
            (*inner.steps, step),
            inner.origin,
            inner.only,
            inner.deferred,
        )

    def _manager_eager(
        self, model: str, manager: str | None, custom: tuple[str, ...]
    ) -> frozenset[str] | None:
        """What a custom manager's `get_queryset()` and custom QuerySet methods load; None when
        a custom method cannot be read (its rows are then unknown)."""
        classes = [q for name, q in self.orm.managers(model) if name == manager and q]
        eager: set[str] = set()
        for klass in classes:
            base = self.function(f"{klass}.get_queryset")
            if base is not None and base.returns is not None and base.returns.call == BASE:
                eager |= base.returns.extra_eager
        for method in custom:
            found = None
            for klass in classes:
                function = self.function(f"{klass}.{method}")
                if function is not None and function.returns is not None:
                    found = function.returns
            if found is None or found.call != BASE or found.rows_only:
                return None
            eager |= found.extra_eager
        return frozenset(eager)

    def _through(
        self, model: str, framework: str, eager: frozenset[str], source: Source, built: Location
    ) -> Root | None:
        """The rows of a relation of one object: `order.lines.all()` after `.get()`."""
        current = model
        for name in source.through:
            relation = self.orm.relation(current, name)
            if relation is None:
                return None
            current = relation.target
        if relation is None or not relation.many:
            return None
        prefix = "__".join(source.through) + "__"
        inherited = frozenset(e.removeprefix(prefix) for e in eager if e.startswith(prefix))
        owner = model.rpartition(".")[2]
        dotted = ".".join(source.through)
        step = Step(built, f"one `{owner}` fetched here; its `{dotted}` rows are loaded later")
        return Root(
            current,
            framework,
            inherited | source.extra_eager,
            False,
            source.site.location,
            (step,),
            source.site,
        )

    def function(self, qualname: str) -> FunctionFact | None:
        found = self.functions.get(qualname) or self.functions.get(self.index.resolve(qualname))
        if found is not None:
            return found
        info = self.index.function(qualname)
        return self.functions.get(info.qualname) if info is not None else None

    def serializer(self, qualname: str) -> SerializerFact | None:
        return self.serializers.get(qualname) or self.serializers.get(self.index.resolve(qualname))

    # -- helpers receiving a queryset ----------------------------------------------------------

    def _passed(
        self,
        callee: str,
        position: int,
        keyword: str | None,
        source: Source,
        site: Site,
        request_path: bool,
    ) -> Iterator[Problem]:
        root = self.root(source)
        function = self.function(callee)
        if root is None or function is None:
            return
        index = _parameter(function, position, keyword)
        if index is None:
            return
        name = function.qualname.rpartition(".")[2]
        call = Step(site.location, f"passed to `{name}()`")
        for usage, loop_site, steps in self.elements(function, index, (call,), 0):
            loop_step = Step(loop_site.location, "loop over its rows")
            problem = Problem(
                loop_site,
                Root(
                    root.model,
                    root.framework,
                    root.eager,
                    root.eager_all,
                    root.built,
                    root.steps + steps,
                    root.origin,
                ),
                loop_step,
                request_path or function.request_path,
                True,
            )
            self.walk(problem, root.model, usage, (), (), 0)
            yield problem

    def elements(
        self, function: FunctionFact, index: int, steps: tuple[Step, ...], depth: int
    ) -> Iterator[tuple[Usage, Site, tuple[Step, ...]]]:
        """What `function` does with the elements of its parameter `index`, also through the
        helpers it hands the whole collection to."""
        if depth > MAX_DEPTH:
            return
        for position, usage, site in function.elements:
            if position == index:
                yield usage, site, steps
        for position, usage in function.instance:
            if position != index:
                continue
            for handoff in usage.handoffs:
                if handoff.prefix or handoff.elements:
                    continue
                callee = self.function(handoff.callee)
                inner = _parameter(callee, handoff.position, handoff.keyword) if callee else None
                if callee is None or inner is None:
                    continue
                name = callee.qualname.rpartition(".")[2]
                step = Step(handoff.site, f"passed on to `{name}()`")
                yield from self.elements(callee, inner, (*steps, step), depth + 1)

    # -- DRF serializers and views ----------------------------------------------------------------

    def _serialized(
        self, anchor: Site, root: Root, serializer: SerializerFact, request_path: bool
    ) -> Problem:
        name = serializer.qualname.rpartition(".")[2]
        step = Step(anchor.location, f"serialized with `{name}(many=True)`, row by row")
        problem = Problem(anchor, root, step, request_path, True)
        usage = self.serializer_usage(serializer, root.model, 0)
        self.walk(problem, root.model, usage, (), (), 0)
        return problem

    def serializer_usage(self, serializer: SerializerFact, model: str, depth: int) -> Usage:
        accesses: list[Access] = []
        handoffs: list[Handoff] = []
        declared = {f.name for f in serializer.fields}
        for found in serializer.fields:
            if found.method is not None:
                accesses.extend(found.method.accesses)
                handoffs.extend(found.method.handoffs)
                continue
            nested = self.serializer(found.nested) if found.nested else None
            if found.nested and nested is None:
                continue  # not a serializer of the project: unknown field class
            relation = self._relation_at(model, found.path)
            many = relation is not None and relation.many
            reading = found.path + (("all",) if many and self._django(model) else ())
            accesses.append(Access(reading, found.site))
            if nested is not None and relation is not None and depth < MAX_DEPTH:
                inner = self.serializer_usage(nested, relation.target, depth + 1)
                accesses.extend(Access(found.path + a.path, a.site) for a in inner.accesses)
                handoffs.extend(
                    Handoff(
                        h.callee, h.position, h.keyword, found.path + h.prefix, h.elements, h.site
                    )
                    for h in inner.handoffs
                )
        if self._is_model_serializer(serializer):
            for name in self._meta_relations(serializer, model, declared):
                accesses.append(Access((name, "all"), serializer.site))
        return Usage(tuple(accesses), tuple(handoffs))

    def _is_model_serializer(self, serializer: SerializerFact) -> bool:
        return any(
            b in api.DRF_MODEL_SERIALIZER_BASES
            or self.index.resolve(b) in api.DRF_MODEL_SERIALIZER_BASES
            for b in self._ancestry(serializer.qualname, serializer.bases)
        )

    def _meta_relations(
        self, serializer: SerializerFact, model: str, declared: set[str]
    ) -> Iterator[str]:
        """Many-valued relations a ModelSerializer serializes as primary keys (one query each)."""
        if not self._django(model):
            return
        names = serializer.meta_fields
        if names == ("__all__",):
            names = tuple(
                n for n, r in self.orm.relations(model).items() if r.many and not r.reverse
            )
        for name in names:
            relation = self.orm.relation(model, name)
            if name not in declared and relation is not None and relation.many:
                yield name

    def _view(self, view: ViewFact) -> Iterator[Problem]:
        ancestry = self._ancestry(view.qualname, view.bases)
        queryset, model, serializer, template, context_name = self._inherited(view)
        root: Root | None = None
        anchor = view.site
        if queryset is not None:
            root = self.root(queryset)
            if root is not None:
                anchor = root.origin
        elif model is not None:
            resolved = self.orm.resolve_model(model)
            facts = self.orm.model(resolved) if resolved else None
            if resolved is not None and facts is not None and facts.framework == "django":
                name = resolved.rpartition(".")[2]
                step = Step(view.site.location, f"`{name}.objects.all()` (the view's `model`)")
                root = Root(
                    resolved, "django", frozenset(), False, view.site.location, (step,), view.site
                )
        if root is None:
            return
        if serializer is not None and ancestry & api.DRF_LIST_VIEWS:
            found = self.serializer(serializer)
            if found is not None:
                yield self._serialized(anchor, root, found, True)
        if ancestry & api.DJANGO_LIST_VIEWS:
            facts = self.orm.model(root.model)
            lower = root.model.rpartition(".")[2].lower()
            names = [template] if template else []
            if not names and facts is not None and facts.app_label:
                names = [f"{facts.app_label}/{lower}{api.LIST_VIEW_TEMPLATE_SUFFIX}.html"]
            variables = {api.LIST_VIEW_CONTEXT, context_name or f"{lower}_list"}
            for name in names:
                for variable in sorted(variables):
                    yield from self._rendered(anchor, root, name, variable)

    def _inherited(
        self, view: ViewFact
    ) -> tuple[Source | None, str | None, str | None, str | None, str | None]:
        """The view's queryset, model, serializer, template and context name, also from bases."""
        queryset, model = view.queryset, view.model
        serializer, template, context_name = view.serializer, view.template, view.context_name
        for base in self._ancestry(view.qualname, view.bases):
            found = self.views.get(base)
            if found is None or found is view:
                continue
            queryset = queryset or found.queryset
            model = model or found.model
            serializer = serializer or found.serializer
            template = template or found.template
            context_name = context_name or found.context_name
        return queryset, model, serializer, template, context_name

    def _ancestry(self, qualname: str, bases: tuple[str, ...]) -> set[str]:
        found: set[str] = set()
        pending = list(bases)
        while pending and len(found) < 64:
            base = self.index.resolve(pending.pop())
            if base in found:
                continue
            found.add(base)
            klass = self.index.classes.get(base)
            if klass is not None:
                pending.extend(klass.bases)
        return found

    # -- templates ------------------------------------------------------------------------------

    def _rendered(self, anchor: Site, root: Root, name: str, variable: str) -> Iterator[Problem]:
        for loop in template_loops(self.templates, name, variable):
            location = Location(loop.template, loop.line)
            step = Step(location, f"template loops over `{variable}`: {loop.snippet.strip()}")
            rendered = Step(anchor.location, f"rendered into `{name}` as `{variable}`")
            root = replace(root, steps=(*root.steps, rendered))
            problem = Problem(anchor, root, step, True, True)
            accesses = tuple(Access(a.path, Location(a.template, a.line)) for a in loop.accesses)
            self.walk(problem, root.model, Usage(accesses), (), (), 0)
            yield problem

    # -- walking paths over the model graph ------------------------------------------------------

    def walk(
        self,
        problem: Problem,
        model: str,
        usage: Usage,
        base: tuple[str, ...],
        steps: tuple[Step, ...],
        depth: int,
    ) -> None:
        if depth > MAX_DEPTH:
            return
        for access in usage.accesses:
            self._access(problem, model, access, base, steps, depth)
        for handoff in usage.handoffs:
            self._handoff(problem, model, handoff, base, steps, depth)

    def _handoff(
        self,
        problem: Problem,
        model: str,
        handoff: Handoff,
        base: tuple[str, ...],
        steps: tuple[Step, ...],
        depth: int,
    ) -> None:
        function = self.function(handoff.callee)
        if function is None:
            return
        index = _parameter(function, handoff.position, handoff.keyword)
        target = self._model_at(model, handoff.prefix)
        if index is None or target is None:
            return
        name = function.qualname.rpartition(".")[2]
        step = Step(handoff.site, f"passed to `{name}()`")
        inner_base = base + handoff.prefix
        if handoff.elements:
            for usage, site, more in self.elements(function, index, (step,), depth):
                loop = Step(site.location, f"`{name}()` loops over it")
                self.walk(problem, target, usage, inner_base, (*steps, *more, loop), depth + 1)
            return
        for position, usage in function.instance:
            if position == index:
                usage = _unguarded(usage, function, handoff)
                self.walk(problem, target, usage, inner_base, (*steps, step), depth + 1)

    def _access(
        self,
        problem: Problem,
        model: str,
        access: Access,
        base: tuple[str, ...],
        steps: tuple[Step, ...],
        depth: int,
    ) -> None:
        current = model
        names = list(base)
        relations: list[Relation] = []
        path = access.path
        for position, name in enumerate(path):
            if name in api.NON_QUERY_ATTRIBUTES:
                return
            relation = self.orm.relation(current, name)
            if relation is None:
                if not names and self._left_out(problem.root, current, name):
                    hit = Hit((name,), (), access.site, access.anchor, steps, None)
                    problem.deferred.append(hit)
                    return
                self._member(problem, current, name, access, tuple(names), steps, depth)
                return
            names.append(name)
            relations.append(relation)
            following = path[position + 1] if position + 1 < len(path) else None
            loaded = self._loaded(problem.root, relation, tuple(names), tuple(relations))
            hit = Hit(tuple(names), tuple(relations), access.site, access.anchor, steps, None)
            if relation.many and problem.root.framework == "django":
                if following is None:
                    return  # the manager object itself: no query until it is used
                if following in DJANGO_PREFETCH_DEFEATING_METHODS:
                    if loaded:
                        defeated = replace(hit, method=following)
                        problem.defeated.append(defeated)
                    return  # without a prefetch: a query in a loop (DB102), not a lost load
                if following in DJANGO_PREFETCH_CACHE_METHODS:
                    if not loaded:
                        problem.unloaded.append(hit)
                    return
                if following in DJANGO_QUERYSET_METHODS or following.startswith("_"):
                    return
                # an attribute of each related row (a nested loop over the relation)
            if not loaded:
                problem.unloaded.append(hit)  # and go on: the fix names the whole path
            current = relation.target

    def _left_out(self, root: Root, model: str, name: str) -> bool:
        """A plain column of the row that the queryset's `only()`/`defer()`/`load_only()` did
        not load: reading it runs one query per row."""
        if root.only is None and not root.deferred:
            return False
        column = self.orm.field(model, name)
        if column is None or column.kind != "column" or column.primary_key:
            return False
        return root.excludes(name, column.column)

    def _member(
        self,
        problem: Problem,
        model: str,
        name: str,
        access: Access,
        base: tuple[str, ...],
        steps: tuple[Step, ...],
        depth: int,
    ) -> None:
        """A property or method of the model: what it does with `self`."""
        key = (model, name, base)
        if depth > MAX_DEPTH or key in problem.expanded:
            return  # each member once per path: methods calling each other
        problem.expanded.add(key)
        facts = self.orm.model(model)
        if facts is None:
            return
        function = self.function(f"{model}.{name}")
        if function is None or not function.is_method:
            return
        usage = next((u for p, u in function.instance if p == 0), None)
        if usage is None:
            return
        line = self.orm.member_line(model, name)
        where = Location(line[0], line[1]) if line else access.site
        owner = function.qualname.rpartition(".")[0].rpartition(".")[2]
        member = "`str()`" if name == "__str__" else f"`{name}`"
        note = f"{member} of `{owner}` is used here"
        step = Step(access.site, note)
        inner = Step(where, f"`{owner}.{name}` reads related objects through `self`")
        self.walk(problem, model, usage, base, (*steps, step, inner), depth + 1)

    def _loaded(
        self,
        root: Root,
        relation: Relation,
        names: tuple[str, ...],
        relations: tuple[Relation, ...],
    ) -> bool:
        if relation.lazy is not None and relation.lazy in SQLALCHEMY_EAGER_LAZY:
            return True
        if relation.lazy in ("dynamic",):
            return True  # a query object by design: not an eager-loading problem
        joined = "__".join(names)
        if joined in root.eager or any(e.startswith(joined + "__") for e in root.eager):
            return True
        return (
            root.eager_all
            and root.framework == "django"
            and all(not r.many and not r.reverse for r in relations)
        )

    def _relation_at(self, model: str, path: tuple[str, ...]) -> Relation | None:
        current, relation = model, None
        for name in path:
            relation = self.orm.relation(current, name)
            if relation is None:
                return None
            current = relation.target
        return relation

    def _model_at(self, model: str, path: tuple[str, ...]) -> str | None:
        current = model
        for name in path:
            if name in DJANGO_QUERYSET_METHODS:
                continue
            relation = self.orm.relation(current, name)
            if relation is None:
                return None
            current = relation.target
        return current

    def _django(self, model: str) -> bool:
        facts = self.orm.model(model)
        return facts is None or facts.framework == "django"


def _unguarded(usage: Usage, function: FunctionFact, call: Handoff) -> Usage:
    """Drop what runs only under `if flag:` when the call leaves `flag` at its false default."""

    def passed(flag: str | None) -> bool:
        if flag is None or flag in call.keywords or flag not in function.params:
            return True
        return function.params.index(flag) - (1 if function.is_method else 0) < call.positional

    return Usage(
        tuple(a for a in usage.accesses if passed(a.guard)),
        tuple(h for h in usage.handoffs if passed(h.guard)),
    )


def _parameter(function: FunctionFact, position: int, keyword: str | None) -> int | None:
    if keyword is not None:
        return function.params.index(keyword) if keyword in function.params else None
    index = position + (1 if function.is_method else 0)
    return index if 0 <= index < len(function.params) else None


def _loop_word(kind: str) -> str:
    return {"loop": "loop", "comprehension": "comprehension", "map": "`map()`"}.get(kind, kind)
