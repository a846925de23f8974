"""Scrutiny reviews Python backend code the way a senior backend engineer would.

The public API is small: `check()` runs the engine over paths with an explicit `Config` and
`Registry` and returns a `Report` of `Finding`s; everything else is private to the package.
"""

__version__ = "0.1.0"

from scrutiny.check import CheckOptions, Report, check
from scrutiny.config import Config, load_config
from scrutiny.finding import Confidence, Finding, Location, Severity, Step
from scrutiny.registry import Registry
from scrutiny.rule import Rule

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
