# corpus: vulnerable SEC401
from os import environ as env_vars

PAYLANE_TOKEN = env_vars.get("PAYLANE_TOKEN", "UW-MhBT6jzLwIxPGWCC9niev3oM6IgE5")
