"""Reporters: pure functions from findings to text, one module per output format.

Each format module exposes `render(findings, registry, options) -> str`. Findings arrive sorted
and with project-relative posix paths; reporters never touch the filesystem or the terminal (the
CLI writes the returned string wherever it belongs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from scrutiny.finding import Finding
from scrutiny.registry import Registry
from scrutiny.reporters import concise, github, gitlab, junit, sarif, text
from scrutiny.reporters import json as json_format
from scrutiny.reporters.options import RenderOptions

__all__ = ["DEFAULT_FORMAT", "FORMATS", "RenderOptions", "Renderer", "render"]

Renderer = Callable[[Sequence[Finding], Registry, RenderOptions], str]

DEFAULT_FORMAT = "text"

FORMATS: Mapping[str, Renderer] = MappingProxyType(
    {
        "text": text.render,
        "concise": concise.render,
        "json": json_format.render,
        "sarif": sarif.render,
        "github": github.render,
        "gitlab": gitlab.render,
        "junit": junit.render,
    }
)


def render(
    fmt: str, findings: Sequence[Finding], registry: Registry, options: RenderOptions
) -> str:
    """Render `findings` in the format named `fmt` (one of `FORMATS`)."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown output format {fmt!r}; expected one of: {', '.join(FORMATS)}"
        ) from None
    return renderer(findings, registry, options)
