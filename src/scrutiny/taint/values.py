"""Abstract values of the taint interpreter: taint, known constants, object types, containers."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scrutiny.finding import Step
from scrutiny.frameworks.taint_sources import RequestModel
from scrutiny.semantic.model import UNKNOWN
from scrutiny.taint.labels import Taints, add_step, clear, merge


@dataclass(slots=True)
class Value:
    """What the interpreter knows about a value (never changed once made: not `frozen` only
    because a frozen dataclass is five times slower to create, and the interpreter makes
    hundreds of thousands of them).

    `taints` is the taint of the value as a whole; `items` holds per-key values for containers
    built or updated with constant keys and indexes (`d["a"] = tainted` leaves `d["b"]` clean),
    and is None when the container's shape is unknown. `const` is the value when it is a known
    constant (for folding branches), `types` the object types it may have (`dbapi.Cursor`),
    `request` the framework model when the value is a request object, and `function` a lambda
    that can be applied inline.
    """

    taints: Taints = ()
    const: object = UNKNOWN
    types: frozenset[str] = frozenset()
    request: RequestModel | None = None
    items: tuple[tuple[object, Value], ...] | None = None
    function: ast.Lambda | None = None
    # a boolean that records a guard: `ok = url_has_allowed_host_and_scheme(url)` then `if ok:`
    guard: (
        tuple[tuple[tuple[str, frozenset[str]], ...], tuple[tuple[str, frozenset[str]], ...]] | None
    ) = None
    # what was called to make this object, when that may be a project class (`OrderService`):
    # `service.find(x)` is then a call of `OrderService.find` that the project phase can resolve
    instance: str | None = None

    def all_taints(self) -> Taints:
        if not self.items:
            return self.taints
        return merge(self.taints, *(v.all_taints() for _, v in self.items))

    def item(self, key: object) -> Value:
        """The value stored under a constant key, joined with what unknown-key writes stored in
        the whole container; only whole-container taint if no value is stored under the key."""
        if self.items is not None:
            if type(key) is int and key < 0 and is_sequence(self.items):
                key += len(self.items)  # `argv[-1]` of a sequence of known length
            for stored_key, value in self.items:
                if stored_key == key and type(stored_key) is type(key):
                    return value if not self.taints else join(value, Value(self.taints))
            return Value(self.taints)
        return Value(self.all_taints())

    def with_item(self, key: object, value: Value) -> Value:
        if self.items is None:
            return self._with(merge(self.taints, value.all_taints()), self.items)
        kept = tuple((k, v) for k, v in self.items if not (k == key and type(k) is type(key)))
        return self._with(self.taints, (*kept, (key, value)))

    def tainted_by(self, other: Value) -> Value:
        """This container after an unknown-key write of `other`."""
        return self._with(merge(self.taints, other.all_taints()), self.items)

    def stepped(self, step: Step | None) -> Value:
        if step is None or not (self.taints or self.items):
            return self
        items = None if self.items is None else tuple((k, v.stepped(step)) for k, v in self.items)
        return self._with(add_step(self.taints, step), items, self.const)

    def cleared(self, kinds: frozenset[str]) -> Value:
        items = None if self.items is None else tuple((k, v.cleared(kinds)) for k, v in self.items)
        return self._with(clear(self.taints, kinds), items, self.const)

    def _with(
        self,
        taints: Taints,
        items: tuple[tuple[object, Value], ...] | None,
        const: object = UNKNOWN,
    ) -> Value:
        """A copy with other taints and items (`dataclasses.replace` is slow on a hot path)."""
        return Value(
            taints,
            const,
            self.types,
            self.request,
            items,
            self.function,
            self.guard,
            self.instance,
        )

    @property
    def is_tainted(self) -> bool:
        if self.taints:
            return True
        return self.items is not None and any(v.is_tainted for _, v in self.items)


CLEAN = Value()


def tainted(taints: Taints) -> Value:
    return Value(taints) if taints else CLEAN


def constant(value: object) -> Value:
    return Value(const=value)


def join(left: Value, right: Value) -> Value:
    """The value on either of two paths."""
    if left is right:
        return left
    items: tuple[tuple[object, Value], ...] | None = None
    if left.items is not None and right.items is not None:
        keys = [k for k, _ in left.items] + [k for k, _ in right.items if k not in dict(left.items)]
        items = tuple((k, join(left.item(k), right.item(k))) for k in keys)
    taints = merge(left.taints, right.taints)
    if items is None and (left.items or right.items):
        taints = merge(left.all_taints(), right.all_taints())
    same_const = left.const is not UNKNOWN and _same(left.const, right.const)
    return Value(
        taints,
        left.const if same_const else UNKNOWN,
        left.types | right.types,
        left.request if left.request is right.request else (left.request or right.request),
        items,
        left.function if left.function is right.function else None,
        None,
        left.instance if left.instance == right.instance else None,
    )


def is_sequence(items: tuple[tuple[object, Value], ...]) -> bool:
    keys = {k for k, _ in items if type(k) is int}
    return len(keys) == len(items) and keys == set(range(len(items)))


def _same(a: object, b: object) -> bool:
    try:
        return type(a) is type(b) and bool(a == b)
    except Exception:
        return False


def join_envs(
    left: dict[str, Value] | None, right: dict[str, Value] | None
) -> dict[str, Value] | None:
    """Merge the states of two paths; None is a path that never arrives (returned, raised)."""
    if left is None:
        return None if right is None else dict(right)
    if right is None:
        return dict(left)
    merged = dict(left)
    for name, value in right.items():
        current = merged.get(name)
        merged[name] = value if current is None else join(current, value)
    for name in left.keys() - right.keys():
        merged[name] = join(left[name], CLEAN)
    return merged
