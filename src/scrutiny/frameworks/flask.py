"""Flask application objects and their debug switches."""

from __future__ import annotations

APP_FACTORIES = frozenset({"flask.Flask", "quart.Quart"})
DEBUG_CONFIG_KEYS = frozenset({"DEBUG"})
PUBLIC_HOSTS = frozenset({"0.0.0.0", "::", ""})
