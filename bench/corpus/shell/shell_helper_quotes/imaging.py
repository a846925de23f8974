import shlex
import subprocess

THUMB_DIR = "/srv/media/thumbs"


def make_thumbnail(source: str, width: str) -> int:
    command = f"convert {shlex.quote(source)} -resize {shlex.quote(width + 'x')} {THUMB_DIR}/t.png"
    return subprocess.run(command, shell=True, check=False).returncode
