"""Configuration: `[tool.scrutiny]` in pyproject.toml, or scrutiny.toml, read into a frozen Config.

Ruff's conventions: the nearest config file above the first checked path wins (`scrutiny.toml`
before `pyproject.toml` in the same directory), paths in it are relative to its directory, and
`select`/`ignore` take a full code, any prefix of one, a rule name, or `ALL`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scrutiny.finding import Confidence, Severity
from scrutiny.registry import Registry

DEFAULT_EXCLUDES: tuple[str, ...] = (
    ".git",
    ".hg",
    ".svn",
    ".bzr",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    ".eggs",
    "*.egg-info",
    "__pypackages__",
    "__pycache__",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".direnv",
    "_build",
    "build",
    "dist",
    "buck-out",
    "node_modules",
    "site-packages",
)

DEFAULT_ROLES: Mapping[str, tuple[str, ...]] = {
    "tests": (
        "**/tests/**",
        "**/test/**",
        "**/test_*.py",
        "**/*_test.py",
        "**/conftest.py",
        "**/tests.py",
    ),
    "migrations": ("**/migrations/**", "**/alembic/versions/**"),
    "settings": ("**/settings.py", "**/settings/*.py", "**/settings_*.py", "**/*_settings.py"),
    "scripts": (
        "**/scripts/**",
        "**/bin/**",
        "**/manage.py",
        "**/setup.py",
        "**/noxfile.py",
        "**/fabfile.py",
        "**/tasks.py",
    ),
}

KEYS: Mapping[str, str] = {
    "select": "list of rule codes, code prefixes or rule names",
    "extend-select": "list of rule codes, code prefixes or rule names",
    "ignore": "list of rule codes, code prefixes or rule names",
    "per-file-ignores": "table of glob = list of rule selectors",
    "exclude": "list of glob patterns (replaces the default excludes)",
    "extend-exclude": "list of glob patterns (added to the default excludes)",
    "fail-on": "one of: critical, high, medium, low, info",
    "min-confidence": "one of: high, medium, low",
    "preview": "true or false",
    "baseline": "path of a baseline file",
    "roles": f"table with keys {', '.join(DEFAULT_ROLES)} = list of glob patterns",
}


class ConfigError(Exception):
    """A configuration problem, phrased for the user: which file, which key, what is allowed."""


@dataclass(frozen=True)
class Config:
    root: Path
    source: Path | None = None
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDES
    extend_exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.LOW
    min_confidence: Confidence = Confidence.LOW
    preview: bool = False
    baseline: Path | None = None
    roles: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_ROLES))

    @property
    def excludes(self) -> tuple[str, ...]:
        return (*self.exclude, *self.extend_exclude)

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def find_config_file(start: Path) -> Path | None:
    """The nearest scrutiny.toml, or pyproject.toml with a [tool.scrutiny] table, above `start`."""
    directory = start if start.is_dir() else start.parent
    for candidate_dir in (directory, *directory.parents):
        own = candidate_dir / "scrutiny.toml"
        if own.is_file():
            return own
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file() and _has_scrutiny_table(pyproject):
            return pyproject
    return None


def _has_scrutiny_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return "tool.scrutiny" in text  # ours, but broken: let read_config say what is wrong
    tool = data.get("tool")
    return isinstance(tool, dict) and "scrutiny" in tool


def load_config(
    start: Path, registry: Registry, explicit: Path | None = None, isolated: bool = False
) -> Config:
    """Find, read and validate the configuration for a run that starts at `start`."""
    if isolated:
        return Config(root=Path.cwd())
    path = explicit if explicit is not None else find_config_file(start.resolve())
    if path is None:
        return Config(root=Path.cwd())
    return read_config(path, registry)


def read_config(path: Path, registry: Registry) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read config file: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("scrutiny", {})
        prefix = "tool.scrutiny."
    else:
        table = data.get("tool", {}).get("scrutiny", data) if "tool" in data else data
        prefix = ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{prefix.rstrip('.')}] must be a table")
    return _parse_table(table, path, prefix, registry)


def _parse_table(table: dict[str, Any], path: Path, prefix: str, registry: Registry) -> Config:
    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}: {prefix}{key}: {problem}; expected {KEYS[key]}")

    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown key {prefix}{unknown[0]!s}; allowed keys: {', '.join(KEYS)}"
        )

    def strings(key: str) -> tuple[str, ...] | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f"got {value!r}")
        return tuple(value)

    def selectors(key: str) -> tuple[str, ...] | None:
        values = strings(key)
        for value in values or ():
            if not registry.is_valid_selector(value):
                raise fail(key, f"unknown rule {value!r} (see `scrutiny rules`)")
        return values

    changes: dict[str, Any] = {
        "select": selectors("select"),
        "extend_select": selectors("extend-select"),
        "ignore": selectors("ignore"),
        "exclude": strings("exclude"),
        "extend_exclude": strings("extend-exclude"),
    }
    if "per-file-ignores" in table:
        raw = table["per-file-ignores"]
        if not isinstance(raw, dict):
            raise fail("per-file-ignores", f"got {raw!r}")
        pairs: list[tuple[str, tuple[str, ...]]] = []
        for glob, codes in raw.items():
            if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                raise fail("per-file-ignores", f"{glob!r} = {codes!r}")
            for code in codes:
                if not registry.is_valid_selector(code):
                    raise fail("per-file-ignores", f"unknown rule {code!r} for {glob!r}")
            pairs.append((glob, tuple(codes)))
        changes["per_file_ignores"] = tuple(pairs)
    for key, parse, attr in (
        ("fail-on", Severity.parse, "fail_on"),
        ("min-confidence", Confidence.parse, "min_confidence"),
    ):
        if key in table:
            value = table[key]
            if not isinstance(value, str):
                raise fail(key, f"got {value!r}")
            try:
                changes[attr] = parse(value)
            except ValueError:
                raise fail(key, f"got {value!r}") from None
    if "preview" in table:
        if not isinstance(table["preview"], bool):
            raise fail("preview", f"got {table['preview']!r}")
        changes["preview"] = table["preview"]
    if "baseline" in table:
        if not isinstance(table["baseline"], str):
            raise fail("baseline", f"got {table['baseline']!r}")
        changes["baseline"] = path.parent / table["baseline"]
    if "roles" in table:
        changes["roles"] = _parse_roles(table["roles"], fail)
    config = Config(root=path.parent.resolve(), source=path)
    return config.with_overrides(**changes)


def _parse_roles(raw: object, fail: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise fail("roles", f"got {raw!r}")
    roles = dict(DEFAULT_ROLES)
    for role, globs in raw.items():
        if role not in DEFAULT_ROLES:
            raise fail("roles", f"unknown role {role!r}")
        if not isinstance(globs, list) or not all(isinstance(g, str) for g in globs):
            raise fail("roles", f"{role} = {globs!r}")
        roles[role] = tuple(globs)
    return roles
