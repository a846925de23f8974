import os

from .commands import lookup_command


def resolve(name: str) -> str:
    return os.popen(lookup_command("A", name)).read().strip()
