"""ANSI styling that disappears entirely when colour is off."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from scrutiny.finding import Severity

_RESET = "\x1b[0m"
_CODES = MappingProxyType(
    {
        "bold": "1",
        "dim": "2",
        "underline": "4",
        "red": "31",
        "green": "32",
        "yellow": "33",
        "blue": "34",
        "magenta": "35",
        "cyan": "36",
        "bright_red": "91",
        "bright_blue": "94",
    }
)
_SEVERITY_STYLES = MappingProxyType(
    {
        Severity.CRITICAL: ("bold", "magenta"),
        Severity.HIGH: ("bold", "red"),
        Severity.MEDIUM: ("bold", "yellow"),
        Severity.LOW: ("bold", "cyan"),
        Severity.INFO: ("dim",),
    }
)


@dataclass(frozen=True)
class Palette:
    """Wraps text in ANSI escape codes when `enabled`, and returns it untouched otherwise."""

    enabled: bool

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles or not text:
            return text
        codes = ";".join(_CODES[s] for s in styles)
        return f"\x1b[{codes}m{text}{_RESET}"

    def severity(self, text: str, severity: Severity) -> str:
        """`text` in the colour of `severity`."""
        return self(text, *_SEVERITY_STYLES[severity])
