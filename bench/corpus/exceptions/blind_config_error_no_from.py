# corpus: vulnerable REL104
import os


class ConfigurationError(Exception):
    pass


class Settings:
    def int_setting(self, name, default=None):
        raw = os.environ.get(name, default)
        try:
            return int(raw)
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(f"{name} must be an integer, got {raw!r}: {exc}")
