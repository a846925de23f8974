"""How settings modules are named and how environment variables are read, across frameworks."""

from __future__ import annotations

# Stems (or their `_`/`-`-separated parts) of settings modules for each kind of environment.
PRODUCTION_NAMES = frozenset({"prod", "production", "live", "staging", "stage", "deploy", "release"})
DEVELOPMENT_NAMES = frozenset(
    {"dev", "develop", "development", "local", "test", "tests", "testing", "ci", "debug", "sandbox"}
)

# Calls that read a configuration value with a default: qualified name -> (default position,
# default keyword). `env.bool("DEBUG", default=True)` style readers resolve through `environ.Env`
# instances, so they are matched by method name in `ENV_READER_METHODS`.
ENV_READERS: dict[str, tuple[int | None, str | None]] = {
    "os.environ.get": (1, None),
    "os.getenv": (1, "default"),
    "decouple.config": (None, "default"),
}
ENV_READER_METHODS = frozenset({"bool", "str", "get_value"})
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
