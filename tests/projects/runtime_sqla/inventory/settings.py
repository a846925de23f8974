import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    variant: str

    @property
    def fixed(self) -> bool:
        return self.variant == "fixed"


def load_settings(default_sqlite_path: str) -> Settings:
    variant = os.environ.get("INVENTORY_VARIANT", "planted")
    if variant not in {"planted", "fixed"}:
        raise ValueError(f"INVENTORY_VARIANT must be 'planted' or 'fixed', not {variant!r}")
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{default_sqlite_path}"
    return Settings(database_url=url, variant=variant)
