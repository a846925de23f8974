import subprocess

THUMB_DIR = "/srv/media/thumbs"


def make_thumbnail(source: str, width: str) -> int:
    command = f"convert {source} -resize {width}x {THUMB_DIR}/thumb.png"
    return subprocess.run(command, shell=True, check=False).returncode
