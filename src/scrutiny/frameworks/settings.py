"""How settings modules are named and how environment variables are read, across frameworks."""

from __future__ import annotations

# Stems (or their `_`/`-`-separated parts) of settings modules for each kind of environment.
PRODUCTION_NAMES = frozenset(
    {"prod", "production", "live", "staging", "stage", "deploy", "release"}
)
DEVELOPMENT_NAMES = frozenset(
    {"dev", "develop", "development", "local", "test", "tests", "testing", "ci", "debug", "sandbox"}
)

# Calls that read a configuration value with a default: qualified name -> (default position,
# default keyword).
ENV_READERS: dict[str, tuple[int | None, str | None]] = {
    "os.environ.get": (1, "default"),
    "os.getenv": (1, "default"),
    "decouple.config": (1, "default"),
}
# `env.bool("DEBUG", default=True)` style readers are methods of `environ.Env` instances, so they
# are matched by method name: name -> (default position, default keyword).
ENV_READER_METHODS: dict[str, tuple[int | None, str | None]] = {
    "bool": (1, "default"),
    "str": (1, "default"),
    "get_value": (2, "default"),
}
# String methods that may sit between the read and a comparison: `getenv(...).lower() == "true"`.
ENV_STRING_NORMALIZERS = frozenset({"lower", "upper", "strip", "casefold"})
TRUE_STRINGS = frozenset({"1", "true", "yes", "on", "t", "y"})


def settings_kind(module: str) -> str:
    """`production`, `development` or `generic`, from the module's last name."""
    stem = module.rsplit(".", 1)[-1].lower()
    parts = set(stem.replace("-", "_").split("_"))
    if parts & DEVELOPMENT_NAMES:
        return "development"
    if parts & PRODUCTION_NAMES:
        return "production"
    return "generic"
