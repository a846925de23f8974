"""What the per-file taint analysis hands to the project phase: one summary per function.

Summaries are symbolic: a taint may come from a parameter (`Param`) or from the result of a call
(`CallResult`, an index into `calls`), and the project phase substitutes what callers pass and
what callees return. Everything here is picklable and small.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrutiny.finding import Location
from scrutiny.semantic.project import Site
from scrutiny.taint.labels import Taints, compact


@compact
@dataclass(slots=True, unsafe_hash=True)
class CallRecord:
    callee: str  # qualified name, as far as it resolves in the calling file
    receiver: Taints  # the object a method is called on (obscure propagation)
    args: tuple[Taints, ...]
    keywords: tuple[tuple[str, Taints], ...]
    site: Location
    text: str  # how the call reads, `helpers.run_query(...)`


@compact
@dataclass(slots=True, unsafe_hash=True)
class SinkHit:
    kind: str
    taints: Taints
    site: Site
    what: str  # `cursor.execute()`
    # an HTML sink only if the template (by name) prints the variable unescaped: (name, variable)
    template: tuple[str, str] | None = None


@compact
@dataclass(slots=True, unsafe_hash=True)
class FunctionTaint:
    qualname: str
    params: tuple[str, ...]  # positional, keyword-only, then `*args` and `**kwargs` if any
    positional: int  # how many of them can be passed by position (the first ones)
    bound: bool  # a method: callers do not pass the first parameter
    returns: Taints
    sinks: tuple[SinkHit, ...]
    calls: tuple[CallRecord, ...]
    attr_writes: tuple[tuple[str, str, Taints], ...]  # (class, attribute, taints)
    # parameters the function vouches for when it returns true: (index, sink kinds) - a guard
    # helper such as `def is_safe_next(request, url): return url_has_allowed_host_and_scheme(..)`
    guards: tuple[tuple[int, frozenset[str]], ...] = ()


# A Django URLconf entry: the view (function or class) it routes to, and the URL parameters its
# converters restrict to safe values (`<int:pk>`).
Route = tuple[str, frozenset[str]]


@compact
@dataclass(slots=True, unsafe_hash=True)
class ModuleTaint:
    functions: tuple[FunctionTaint, ...]
    routes: tuple[Route, ...]  # what a Django URLconf in this file routes to
    instances: tuple[tuple[str, str], ...] = ()  # module-level `name = SomeClass(...)` objects
