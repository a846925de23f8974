"""The exact eager-loading code that fixes an N+1 problem found by `_nplusone_solve.py`.

Not a rule. Django: `select_related("a__b")` for chains of one-valued relations,
`prefetch_related("lines__product")` as soon as a many-valued relation (or a generic foreign key)
is on the path; SQLAlchemy: `joinedload(Order.customer)` / `selectinload(Order.lines)` chained
along the path. A defeated prefetch moves its query into `Prefetch(..., to_attr=...)`.
"""

from __future__ import annotations

from ._nplusone_solve import Hit, Problem


def fix_for(problem: Problem) -> str:
    """The exact eager-loading call for every relation the loop reads without loading it."""
    prefixes = _maximal([hit.names for hit in problem.unloaded])
    by_names = {hit.names: hit for hit in problem.unloaded}
    if problem.root.framework == "sqlalchemy":
        options = [_sqla_option(_hit_for(by_names, names)) for names in prefixes]
        return f".options({', '.join(options)})"
    joins = [n for n in prefixes if _joinable(_hit_for(by_names, n))]
    prefetches = [n for n in prefixes if n not in joins]
    parts = []
    if joins:
        parts.append(f".select_related({', '.join(_quote(n) for n in joins)})")
    if prefetches:
        parts.append(f".prefetch_related({', '.join(_quote(n) for n in prefetches)})")
    return "".join(parts)


def _hit_for(by_names: dict[tuple[str, ...], Hit], names: tuple[str, ...]) -> Hit:
    if names in by_names:
        return by_names[names]
    return next(h for k, h in by_names.items() if names[: len(k)] == k)


def _maximal(paths: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Distinct paths, dropping those that another path extends (`a` when `a__b` is there)."""
    unique = list(dict.fromkeys(paths))
    return [p for p in unique if not any(q != p and q[: len(p)] == p for q in unique)]


def _joinable(hit: Hit) -> bool:
    return all(not r.many and r.kind != "generic_foreign_key" for r in hit.relations)


def _quote(names: tuple[str, ...]) -> str:
    return '"' + "__".join(names) + '"'


def _sqla_option(hit: Hit) -> str:
    parts = []
    for relation in hit.relations:
        loader = "selectinload" if relation.many else "joinedload"
        owner = relation.model.rpartition(".")[2]
        parts.append(f"{loader}({owner}.{relation.name})")
    return ".".join(parts)


_REWRITTEN = {"filter": "filtered", "exclude": "filtered", "order_by": "ordered"}
_SINGLE = frozenset({"get", "latest", "earliest", "first", "last"})
_COLUMNS = frozenset({"values", "values_list", "only", "defer"})


def defeat_fix(hit: Hit) -> str:
    """Move the query into the prefetch, or read the cache in Python."""
    relation = hit.relations[-1]
    target = relation.target.rpartition(".")[2]
    path = "__".join(hit.names)
    last = hit.names[-1]
    method = hit.method or "filter"
    if method in _SINGLE:
        return (
            f'prefetch_related(Prefetch("{path}", queryset={target}.objects.order_by(...), '
            f'to_attr="ordered_{last}")) and take `ordered_{last}[0]` in the loop'
        )
    if method in _COLUMNS:
        return f"read the fields from `{last}.all()` in the loop: `[x.field for x in {last}.all()]`"
    prefix = _REWRITTEN.get(method, method)
    return (
        f'prefetch_related(Prefetch("{path}", queryset={target}.objects.{method}(...), '
        f'to_attr="{prefix}_{last}"))'
    )
