"""The project phase of the loop and evaluation rules (DB102-DB105): the model graph, model
checks for calls the API alone does not prove, and the queries helpers issue for their callers.

Not a rule (it defines no `RULE`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scrutiny.finding import Confidence, Severity, Step
from scrutiny.orm.index import OrmIndex
from scrutiny.semantic.project import FunctionInfo, ProjectIndex

from ._loops_facts import DbOp, FunctionOps, LoopFileFacts

MAX_DEPTH = 8


@dataclass
class LoopProject:
    """Every file's loop facts joined with the model graph."""

    index: ProjectIndex
    files: list[LoopFileFacts]
    orm: OrmIndex
    functions: dict[str, FunctionOps] = field(default_factory=dict)
    _memo: dict[str, tuple[Step, ...] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, index: ProjectIndex, facts: Mapping[str, Any]) -> LoopProject:
        files = [f for f in facts.values() if isinstance(f, LoopFileFacts)]
        orm = OrmIndex.build(index, (m for f in files for m in f.models))
        project = cls(index, files, orm)
        project.functions = {fn.qualname: fn for f in files for fn in f.functions}
        return project

    # -- is it really the ORM? ----------------------------------------------------------------

    def confirmed(self, model: str | None, verified: bool, manager: str | None) -> bool:
        """The API proves the call (`.objects`, a session), or the class is a project model and
        the attribute one of its managers (`Book.published`) or the Flask-SQLAlchemy `query`."""
        if verified:
            return True
        if model is None:
            return False
        resolved = self.orm.resolve_model(model)
        if resolved is None:
            return False
        if manager is None:
            return True
        facts = self.orm.model(resolved)
        if manager == "query":
            return facts is not None and facts.framework == "sqlalchemy"
        return self._has_manager(resolved, manager, 0)

    def _has_manager(self, model: str, manager: str, depth: int) -> bool:
        facts = self.orm.model(model)
        if facts is None or depth > MAX_DEPTH:
            return False
        if any(name == manager for name, _ in facts.managers):
            return True
        for base in facts.bases:
            resolved = self.orm.resolve_model(base)
            if (
                resolved is not None
                and resolved != model
                and self._has_manager(resolved, manager, depth + 1)
            ):
                return True
        return False

    def op_confirmed(self, op: DbOp) -> bool:
        if op.relation is not None:
            owner = self.orm.resolve_model(op.relation[0])
            found = self.orm.relation(owner, op.relation[1]) if owner is not None else None
            return found is not None and found.many
        return self.confirmed(op.model, op.verified, op.manager)

    # -- helpers that query -------------------------------------------------------------------

    def query_path(self, qualname: str) -> tuple[Step, ...] | None:
        """The chain of calls from a function down to a query it issues, if any."""
        function = self._function(qualname)
        if function is None:
            return None
        visiting: set[str] = set()
        return self._search(function, visiting, 0)

    def _search(
        self, function: FunctionInfo, visiting: set[str], depth: int
    ) -> tuple[Step, ...] | None:
        key = function.qualname
        if key in self._memo:
            return self._memo[key]
        if key in visiting or depth > MAX_DEPTH:
            return None
        visiting.add(key)
        found: tuple[Step, ...] | None = None
        ops = self.functions.get(key)
        if ops is not None and ops.cached:
            self._memo[key] = None
            return None
        if ops is not None:
            for op in ops.queries:
                if self.op_confirmed(op):
                    found = (Step(op.site.location, f"`{function.name}` runs {op.what}"),)
                    break
        if found is None:
            for call in function.calls:
                callee = self._function(call.callee)
                if callee is None:
                    continue
                deeper = self._search(callee, visiting, depth + 1)
                if deeper is not None:
                    note = f"`{function.name}` calls `{callee.name}()`"
                    found = (Step(call.site.location, note), *deeper)
                    break
        visiting.discard(key)
        if found is not None or depth == 0:
            self._memo[key] = found
        return found

    def writes(self, qualname: str, rows: tuple[int, ...]) -> DbOp | None:
        """A row write the function makes itself: `Model.objects.create()`, or `entry.save()`
        on a parameter that receives the loop's row (`rows`: those argument positions)."""
        function = self._function(qualname)
        ops = self.functions.get(function.qualname) if function is not None else None
        if function is None or ops is None or ops.cached or self._recursive(function):
            return None  # a recursive helper walks a tree: each node's write needs its parent
        found = next((op for op in ops.saves if self.op_confirmed(op)), None)
        if found is None:
            found = next((op for i, op in ops.parameter_saves if i in rows), None)
        return found

    def _recursive(self, function: FunctionInfo) -> bool:
        return any(
            (callee := self._function(call.callee)) is not None
            and callee.qualname == function.qualname
            for call in function.calls
        )

    def _function(self, qualname: str) -> FunctionInfo | None:
        function = self.index.function(qualname)
        if function is None and self.index.resolve(qualname) in self.index.classes:
            function = self.index.function(f"{self.index.resolve(qualname)}.__init__")
        return function


def severity(request: bool) -> Severity:
    return Severity.HIGH if request else Severity.MEDIUM


def confidence(op: DbOp) -> Confidence:
    if op.verified and op.model is not None:
        return Confidence.HIGH
    return Confidence.MEDIUM


def where(request: bool) -> str:
    return " in a request handler" if request else ""
