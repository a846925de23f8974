"""The deployment settings of a file, read once for the deployment rules that judge them.

Not a rule (it defines no `RULE`): SEC303-SEC306 all collect `DEPLOYMENT_SETTINGS` through
`scrutiny.frameworks.settings.collect_settings`; the first to ask reads the file, the others get
the same (immutable) facts.
"""

from __future__ import annotations

import ast

from scrutiny.context import FileContext
from scrutiny.frameworks.deployment import DEPLOYMENT_SETTINGS, FLASK_CONFIG_ATTRIBUTES
from scrutiny.frameworks.settings import SettingsModule, collect_settings


def deployment_settings(file: FileContext) -> SettingsModule | None:
    return file.shared("deployment-settings", _collect)


def _collect(file: FileContext) -> SettingsModule | None:
    return collect_settings(
        file.semantic, file.site, file.has_role("settings"), DEPLOYMENT_SETTINGS
    )


def may_write_flask_config(file: FileContext) -> bool:
    """False when `flask_config_writes` cannot find anything: no attribute it writes through."""
    return any(a.attr in FLASK_CONFIG_ATTRIBUTES for a in file.nodes(ast.Attribute))
