from urllib.parse import urlsplit

HOME = "/"


def local_target(target: str | None) -> str:
    """`target` if it is a path on this site, else the home page."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return HOME
    parts = urlsplit(target.replace("\\", "/"))
    if parts.scheme or parts.netloc:
        return HOME
    return target
