"""Which rules run on which file: select/ignore, preview, per-file ignores and path roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pathspec
from pathspec.pattern import RegexPattern

from scrutiny.config import Config
from scrutiny.registry import Registry
from scrutiny.rule import Status


def _spec(globs: tuple[str, ...]) -> pathspec.PathSpec[Any]:
    return pathspec.PathSpec.from_lines("gitignore", globs)


@dataclass(frozen=True)
class GlobMatcher:
    """Gitignore-style globs compiled to one regular expression when they are all inclusions
    (the common case, and checked for every file), or matched by pathspec otherwise."""

    spec: pathspec.PathSpec[Any]
    combined: re.Pattern[str] | None

    @classmethod
    def of(cls, globs: tuple[str, ...]) -> GlobMatcher:
        spec = _spec(globs)
        patterns = [p for p in spec.patterns if p.include is not None]
        simple = all(p.include and isinstance(p, RegexPattern) and p.regex for p in patterns)
        combined = (
            re.compile("|".join(f"(?:{p.regex.pattern})" for p in patterns))
            if simple and patterns
            else None
        )
        return cls(spec, combined)

    def match(self, path: str) -> bool:
        if self.combined is not None:
            return self.combined.match(path) is not None
        return bool(self.spec.match_file(path))


@dataclass(frozen=True)
class Selection:
    enabled: frozenset[str]
    per_file_ignores: tuple[tuple[GlobMatcher, frozenset[str]], ...]
    roles: tuple[tuple[str, GlobMatcher], ...]

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
                GlobMatcher.of((glob,)),
                frozenset(r.code for s in selectors for r in registry.matching(s)),
            )
            for glob, selectors in config.per_file_ignores
        )
        roles = tuple((role, GlobMatcher.of(globs)) for role, globs in sorted(config.roles.items()))
        return cls(enabled, per_file, roles)

    def enabled_for(self, path: str) -> frozenset[str]:
        ignored = {
            code for glob, codes in self.per_file_ignores if glob.match(path) for code in codes
        }
        return self.enabled - ignored if ignored else self.enabled

    def roles_for(self, path: str) -> frozenset[str]:
        return frozenset(role for role, matcher in self.roles if matcher.match(path))


def _status(registry: Registry, code: str) -> Status:
    rule = registry.get(code)
    return rule.status if rule is not None else Status.STABLE
