"""The set of known rules, found by walking the `scrutiny.rules` package.

Rules register themselves by existing: every module below `scrutiny.rules` that defines a
module-level `RULE` is a rule. Adding a rule touches exactly one file (plus its fixture).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scrutiny.rule import CODE_PATTERN, NAME_PATTERN, Rule

RULES_PACKAGE = "scrutiny.rules"


class RegistryError(Exception):
    """Raised when two rules clash or a rule's metadata is malformed."""


@dataclass(frozen=True)
class Registry:
    rules: tuple[Rule, ...]

    @classmethod
    def load(cls, package: str = RULES_PACKAGE) -> Registry:
        """Import every rule module below `package` and collect its `RULE`."""
        root = importlib.import_module(package)
        found: list[Rule] = []
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            module = importlib.import_module(info.name)
            rule = getattr(module, "RULE", None)
            if isinstance(rule, Rule):
                found.append(rule)
        return cls.of(found)

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> Registry:
        ordered = tuple(sorted(rules, key=lambda r: r.code))
        codes: set[str] = set()
        names: set[str] = set()
        for rule in ordered:
            if not CODE_PATTERN.match(rule.code):
                raise RegistryError(f"rule code {rule.code!r} must be an area prefix + 3 digits")
            if not NAME_PATTERN.match(rule.name):
                raise RegistryError(f"rule name {rule.name!r} ({rule.code}) must be kebab-case")
            if rule.code in codes or rule.name in names:
                raise RegistryError(f"duplicate rule {rule.code} {rule.name}")
            codes.add(rule.code)
            names.add(rule.name)
        return cls(ordered)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, code_or_name: str) -> Rule | None:
        key = code_or_name.strip()
        for rule in self.rules:
            if rule.code == key.upper() or rule.name == key.lower():
                return rule
        return None

    def matching(self, selector: str) -> tuple[Rule, ...]:
        """Rules picked by a selector: a code, a code prefix (`SEC`, `SEC1`), `ALL`, or a name."""
        key = selector.strip()
        if key.upper() == "ALL":
            return self.rules
        by_name = [r for r in self.rules if r.name == key.lower()]
        if by_name:
            return tuple(by_name)
        upper = key.upper()
        return tuple(r for r in self.rules if r.code.startswith(upper) and upper)

    def is_valid_selector(self, selector: str) -> bool:
        key = selector.strip().upper()
        if key == "ALL" or self.get(selector) is not None:
            return True
        return any(r.code.startswith(key) for r in self.rules) and key.rstrip("0123456789") != ""
