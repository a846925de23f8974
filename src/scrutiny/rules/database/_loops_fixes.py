"""The one-line fixes of the loop rules: what replaces a query or a write made once per row.

Not a rule (it defines no `RULE`).
"""

from __future__ import annotations

from ._loops_chains import Chain

_SINGLE = frozenset({"get", "first", "last", "latest", "earliest", "in_bulk", "get_one"})


def query_fix(
    method: str, model: str | None, chain: Chain | None, invariant: bool, what: str, session: bool
) -> str:
    name = (model or "Model").rpartition(".")[2]
    if invariant:
        return f"run {what} once above the loop and reuse the result"
    if session and chain is None:
        return (
            f"`session.scalars(select({name}).where({name}.id.in_(ids)))` once before the "
            "loop, then look rows up in a dict by id"
        )
    sqlalchemy = session or (chain is not None and chain.framework == "sqlalchemy")
    if sqlalchemy and chain is not None:
        assert chain is not None
        if chain.session_query:
            return (
                f"one `{chain.root}.filter(<column>.in_(keys)).all()` before the loop, then look "
                "rows up in a dict"
            )
        return (
            f"one `select({name}).where(<column>.in_(keys))` before the loop, then look rows up "
            "in a dict"
        )
    if method in _SINGLE:
        return (
            f"`{name}.objects.in_bulk(keys)` (or `filter(<field>__in=keys)`) once before the "
            "loop, then look rows up in the dict"
        )
    if method == "count":
        return (
            '`annotate(n=Count("<relation>"))` on the looped queryset, or one '
            f'`{name}.objects.values("<key>").annotate(n=Count("pk"))` before the loop'
        )
    if method in {"exists", "contains"}:
        return (
            f'`set({name}.objects.filter(<field>__in=keys).values_list("<field>", flat=True))` '
            "before the loop, then test membership"
        )
    if method == "aggregate":
        return f'one `{name}.objects.values("<key>").annotate(...)` before the loop'
    if method == "iterate":
        return (
            '`prefetch_related(Prefetch("<relation>", queryset=...))` on the outer queryset, or '
            f"one `{name}.objects.filter(<key>__in=keys)` grouped in a dict before the loop"
        )
    return f"one `{name}` query for all the keys before the loop"


def save_fix(method: str, model: str | None, chain: Chain | None) -> str:
    name = (model or "Model").rpartition(".")[2]
    if method in {"commit", "flush"}:
        return "`session.add_all(rows)` in the loop's place and one `session.commit()` after it"
    if method == "execute":
        return (
            f"one `session.execute(insert({name}), rows)` (or `update({name})`) with a list of "
            "dicts after the loop"
        )
    if method == "create":
        return (
            f"collect `{name}(...)` instances in a list and call "
            f"`{name}.objects.bulk_create(objs, batch_size=500)` after the loop"
        )
    if method in {"get_or_create", "update_or_create"}:
        return (
            f"`{name}.objects.bulk_create(objs, update_conflicts=True, unique_fields=[...], "
            "update_fields=[...])` after the loop"
        )
    if method == "update":
        return (
            f"one `{name}.objects.filter(pk__in=ids).update(...)`, or "
            f'`{name}.objects.bulk_update(rows, ["<field>"])` for per-row values'
        )
    return (
        f'change the rows in the loop and call `{name}.objects.bulk_update(rows, ["<field>"], '
        "batch_size=500)` after it"
    )
