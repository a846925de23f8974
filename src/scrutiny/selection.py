"""Which rules run on which file: select/ignore, preview, per-file ignores and path roles."""

from __future__ import annotations

from dataclasses import dataclass

import pathspec

from scrutiny.config import Config
from scrutiny.registry import Registry
from scrutiny.rule import Status


def _spec(globs: tuple[str, ...]) -> pathspec.PathSpec:
    return pathspec.PathSpec.from_lines("gitignore", globs)


@dataclass(frozen=True)
class Selection:
    enabled: frozenset[str]
    per_file_ignores: tuple[tuple[pathspec.PathSpec, frozenset[str]], ...]
    roles: tuple[tuple[str, pathspec.PathSpec], ...]

    @classmethod
    def build(cls, config: Config, registry: Registry) -> Selection:
        chosen: dict[str, bool] = {}  # code -> explicitly named by its full code
        for selector in (*config.select, *config.extend_select):
            exact = registry.get(selector) is not None
            for rule in registry.matching(selector):
                chosen[rule.code] = chosen.get(rule.code, False) or exact
        for selector in config.ignore:
            for rule in registry.matching(selector):
                chosen.pop(rule.code, None)
        enabled = frozenset(
            code
            for code, exact in chosen.items()
            if config.preview or exact or _status(registry, code) is Status.STABLE
        )
        per_file = tuple(
            (
                _spec((glob,)),
                frozenset(r.code for s in selectors for r in registry.matching(s)),
            )
            for glob, selectors in config.per_file_ignores
        )
        roles = tuple((role, _spec(globs)) for role, globs in sorted(config.roles.items()))
        return cls(enabled, per_file, roles)

    def enabled_for(self, path: str) -> frozenset[str]:
        ignored = {code for spec, codes in self.per_file_ignores if spec.match_file(path) for code in codes}
        return self.enabled - ignored if ignored else self.enabled

    def roles_for(self, path: str) -> frozenset[str]:
        return frozenset(role for role, spec in self.roles if spec.match_file(path))


def _status(registry: Registry, code: str) -> Status:
    rule = registry.get(code)
    return rule.status if rule is not None else Status.STABLE
