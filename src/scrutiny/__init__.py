"""Scrutiny reviews Python backend code the way a senior backend engineer would.

The public API is small: `check()` runs the engine over paths with an explicit `Config` and
`Registry` and returns a `Report` of `Finding`s; everything else is private to the package.

The names are loaded on first use (PEP 562): importing a submodule (`scrutiny.pytest_plugin`,
`scrutiny.runtime...`) must not load the static engine. One subtlety: the function `check` shares
its name with the submodule `scrutiny.check`, and the import system binds a submodule as an
attribute of its package once it is loaded (`setattr(scrutiny, "check", <module>)`). The package's
module class keeps the public function in that case, so `from scrutiny import check` is the
function whatever was imported before, as it was with eager imports.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from scrutiny.check import CheckOptions, Report, check
    from scrutiny.config import Config, load_config
    from scrutiny.finding import Confidence, Finding, Location, Severity, Step
    from scrutiny.registry import Registry
    from scrutiny.rule import Rule

# public name -> the module defining it
_LAZY: dict[str, str] = {
    "CheckOptions": "scrutiny.check",
    "Report": "scrutiny.check",
    "check": "scrutiny.check",
    "Config": "scrutiny.config",
    "load_config": "scrutiny.config",
    "Confidence": "scrutiny.finding",
    "Finding": "scrutiny.finding",
    "Location": "scrutiny.finding",
    "Severity": "scrutiny.finding",
    "Step": "scrutiny.finding",
    "Registry": "scrutiny.registry",
    "Rule": "scrutiny.rule",
}

__all__ = [
    "CheckOptions",
    "Confidence",
    "Config",
    "Finding",
    "Location",
    "Registry",
    "Report",
    "Rule",
    "Severity",
    "Step",
    "__version__",
    "check",
    "load_config",
]


class _Package(types.ModuleType):
    """The class of this package's module object: a public name that a submodule shadows keeps
    the public object when the import system binds the submodule."""

    def __setattr__(self, name: str, value: Any) -> None:
        origin = _LAZY.get(name)
        if (
            origin is not None
            and isinstance(value, types.ModuleType)
            and value.__name__ == f"{self.__name__}.{name}"
            and origin == value.__name__
            and hasattr(value, name)
        ):
            value = getattr(value, name)  # `scrutiny.check` the module -> `check` the function
        super().__setattr__(name, value)

    def __getattr__(self, name: str) -> Any:
        origin = _LAZY.get(name)
        if origin is None:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(origin), name)
        super().__setattr__(name, value)
        return value

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *__all__})


sys.modules[__name__].__class__ = _Package
