"""Reporters: pure functions from findings to text, one module per output format.

Each format module exposes `render(findings, registry, options) -> str`. Findings arrive sorted
and with project-relative posix paths; reporters never touch the filesystem or the terminal (the
CLI writes the returned string wherever it belongs).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from scrutiny.finding import Finding
from scrutiny.registry import Registry
from scrutiny.reporters.options import RenderOptions

__all__ = ["DEFAULT_FORMAT", "FORMATS", "RenderOptions", "Renderer", "render", "renderer"]

Renderer = Callable[[Sequence[Finding], Registry, RenderOptions], str]

DEFAULT_FORMAT = "text"

# Format name -> module; modules are imported when used, so a run pays only for its formats.
FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "text": "text",
        "concise": "concise",
        "json": "json",
        "sarif": "sarif",
        "github": "github",
        "gitlab": "gitlab",
        "junit": "junit",
    }
)


def renderer(fmt: str) -> Renderer:
    """The `render` function of the format named `fmt` (one of `FORMATS`)."""
    try:
        module = FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown output format {fmt!r}; expected one of: {', '.join(FORMATS)}"
        ) from None
    function: Renderer = importlib.import_module(f"scrutiny.reporters.{module}").render
    return function


def render(
    fmt: str, findings: Sequence[Finding], registry: Registry, options: RenderOptions
) -> str:
    """Render `findings` in the format named `fmt` (one of `FORMATS`)."""
    return renderer(fmt)(findings, registry, options)
