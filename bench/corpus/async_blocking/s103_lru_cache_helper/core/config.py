import json
from functools import lru_cache
from pathlib import Path

CONFIG_PATH = Path(__file__).resolve().parent / "config.json"


@lru_cache
def get_config():
    return json.loads(CONFIG_PATH.read_text())
