"""The project view of the access-control facts: view classes with their ancestry, and every
endpoint with the guards that apply to it once routers, URLconfs and settings are joined.

Not a rule (it defines no `RULE`); used by the SEC214-SEC217 rules in `finish`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from scrutiny.frameworks import auth
from scrutiny.semantic.project import ProjectIndex, Site

from ._endpoints import INLINE, Endpoint, Facts, Guard, ViewClass
from ._names import is_public_by_design


def all_facts(facts: Mapping[str, Any]) -> list[Facts]:
    return [f for f in facts.values() if isinstance(f, Facts)]


def project_settings(facts: Iterable[Facts]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for fact in facts:
        merged.update(fact.settings)
    return merged


@dataclass
class ClassGraph:
    """View classes of the project with their ancestry resolved through imports."""

    index: ProjectIndex
    classes: dict[str, ViewClass]
    # id of a class -> (the class, its external bases): two classes may share a qualname
    _external: dict[int, tuple[ViewClass, frozenset[str]]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, index: ProjectIndex, facts: Iterable[Facts]) -> ClassGraph:
        classes = {c.qualname: c for fact in facts for c in fact.classes}
        return cls(index, classes)

    def lineage(self, klass: ViewClass) -> Iterator[ViewClass]:
        """The class and its project ancestors, nearest first."""
        seen: set[str] = set()
        queue = [klass]
        while queue:
            current = queue.pop(0)
            if current.qualname in seen:
                continue
            seen.add(current.qualname)
            yield current
            for base in current.bases:
                parent = self.classes.get(self.index.resolve(base))
                if parent is not None:
                    queue.append(parent)

    def external_bases(self, klass: ViewClass) -> frozenset[str]:
        """The library classes among the class's ancestors (computed once per class)."""
        known = self._external.get(id(klass))
        if known is not None:
            return known[1]
        resolved = {self.index.resolve(b) for c in self.lineage(klass) for b in c.bases}
        bases = frozenset(b for b in resolved if b not in self.classes)
        self._external[id(klass)] = (klass, bases)
        return bases

    def kind(self, klass: ViewClass) -> str | None:
        bases = self.external_bases(klass)
        if bases & auth.DRF_VIEW_BASES or any(b.startswith(auth.DRF_PACKAGES) for b in bases):
            return "drf"
        if bases & auth.DJANGO_VIEW_BASES or any(
            b.startswith(auth.DJANGO_VIEW_PACKAGES) for b in bases
        ):
            return "django"
        return None

    def write_methods(self, klass: ViewClass) -> frozenset[str]:
        methods: set[str] = set()
        for current in self.lineage(klass):
            methods |= current.write_methods
        bases = self.external_bases(klass)
        for base in bases:
            methods |= auth.DRF_WRITE_BASES.get(base, frozenset())
        if bases & auth.DJANGO_WRITE_VIEWS:
            methods.add("post")
        return frozenset(methods)

    def first_set(
        self, klass: ViewClass, attribute: str
    ) -> tuple[ViewClass, tuple[str, ...]] | None:
        for current in self.lineage(klass):
            value = getattr(current, attribute)
            if value is not None:
                return current, value
        bases = self.external_bases(klass)
        if attribute == "throttles" and bases & auth.UNTHROTTLED_LIBRARY_VIEWS:
            return klass, ()
        return None


@dataclass(frozen=True)
class View:
    """An endpoint or a view class, with everything the rules judge, resolved project-wide."""

    framework: str
    qualname: str
    name: str
    module: str
    group: str
    group_label: str
    path: str
    methods: frozenset[str]
    guards: tuple[Guard, ...]  # effective guards only
    site: Site
    in_framework: bool
    endpoint: Endpoint | None = None
    klass: ViewClass | None = None

    @property
    def writes(self) -> frozenset[str]:
        return self.methods & auth.WRITE_METHODS

    @property
    def public(self) -> bool:
        return is_public_by_design(self.name, self.path)


@dataclass
class Project:
    index: ProjectIndex
    files: list[Facts]
    settings: dict[str, Any]
    graph: ClassGraph
    helpers: frozenset[str]
    group_guards: dict[str, list[Guard]]
    url_guards: dict[str, list[Guard]]
    app_guards: dict[str, list[Guard]] = field(default_factory=dict)

    @classmethod
    def of(cls, index: ProjectIndex, facts: Mapping[str, Any]) -> Project:
        files = all_facts(facts)
        helpers = frozenset(
            index.resolve(h) for f in files for h in (*f.auth_helpers, *f.guard_aliases)
        )
        project = cls(
            index, files, project_settings(files), ClassGraph.of(index, files), helpers, {}, {}
        )
        for fact in files:
            for package, guard in fact.app_guards:
                if project.effective(guard):
                    project.app_guards.setdefault(package, []).append(guard)
            for group, guard in (*fact.guarded_groups, *fact.included):
                if project.effective(guard):
                    project.group_guards.setdefault(index.resolve(group), []).append(guard)
            for route in fact.url_routes:
                guards = [g for g in route.guards if project.effective(g)]
                if guards:
                    project.url_guards.setdefault(index.resolve(route.view), []).extend(guards)
        return project

    def effective(self, guard: Guard) -> bool:
        if guard.known:
            return True
        return (
            guard.qualname not in ("", INLINE)
            and self.index.resolve(guard.qualname) in self.helpers
        )

    def views(self) -> Iterator[View]:
        for fact in self.files:
            for endpoint in fact.endpoints:
                yield self._endpoint_view(fact, endpoint)
            for klass in fact.classes:
                view = self._class_view(fact, klass)
                if view is not None:
                    yield view

    def _endpoint_view(self, fact: Facts, endpoint: Endpoint) -> View:
        guards = [g for g in endpoint.guards if self.effective(g)]
        guards += self.group_guards.get(self.index.resolve(endpoint.group), [])
        guards += self.url_guards.get(endpoint.qualname, [])
        if endpoint.framework in ("flask", "fastapi"):
            guards += self.app_guards.get(endpoint.qualname.split(".", 1)[0], [])
        if endpoint.framework == "django" and self.settings.get("login_middleware"):
            guards.append(Guard("LoginRequiredMiddleware", "", True))
        if (
            endpoint.framework == "drf"
            and endpoint.allow_any is None
            and not any(g.qualname == auth.DRF_PERMISSION_DECORATOR for g in guards)
        ):
            guards += self._default_permissions()
        return View(
            endpoint.framework,
            endpoint.qualname,
            endpoint.name,
            fact.module,
            endpoint.group,
            endpoint.group_label,
            endpoint.path,
            endpoint.methods,
            tuple(guards),
            endpoint.site,
            fact.in_framework,
            endpoint=endpoint,
        )

    def _default_permissions(self) -> list[Guard]:
        defaults = self.settings.get("drf_permissions")
        if defaults and not set(defaults) <= auth.DRF_ALLOW_ANY:
            names = ", ".join(d.rsplit(".", 1)[-1] for d in defaults)
            return [Guard(f"DEFAULT_PERMISSION_CLASSES = [{names}]", "", True)]
        return []

    def _class_view(self, fact: Facts, klass: ViewClass) -> View | None:
        kind = self.graph.kind(klass)
        if kind is None:
            return None
        guards = [g for c in self.graph.lineage(klass) for g in c.guards if self.effective(g)]
        guards += self.url_guards.get(klass.qualname, [])
        if kind == "django" and self.settings.get("login_middleware"):
            guards.append(Guard("LoginRequiredMiddleware", "", True))
        if kind == "drf":
            permissions = self.graph.first_set(klass, "permissions")
            if permissions is None:
                guards += self._default_permissions()
            elif permissions[1] and not self.allows_any(permissions[1]):
                names = ", ".join(p.rsplit(".", 1)[-1] for p in permissions[1])
                guards.append(Guard(f"permission_classes = [{names}]", "", True))
            if any(c.authentication_set for c in self.graph.lineage(klass)) and permissions is None:
                guards.append(Guard("authentication_classes", "", True))
        return View(
            kind,
            klass.qualname,
            klass.name,
            fact.module,
            fact.module,
            f"module `{fact.module}`",
            "",
            self.graph.write_methods(klass) | {"get"},
            tuple(guards),
            klass.site,
            fact.in_framework,
            klass=klass,
        )

    def allows_any(self, permissions: tuple[str, ...]) -> bool:
        resolved = {self.index.resolve(p) for p in permissions}
        return bool(resolved) and resolved <= auth.DRF_ALLOW_ANY
