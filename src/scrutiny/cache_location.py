"""Where Scrutiny keeps its caches: the user cache directory, or `SCRUTINY_CACHE_DIR`.

Standard library only (platformdirs on demand), so that the runtime recorder can find its store
without importing the static engine.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "SCRUTINY_CACHE_DIR"


def default_cache_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    override = env.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # imported only when needed: warm runs are mostly start-up time

    return Path(platformdirs.user_cache_dir("scrutiny"))
