def with_status(url: str, status: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}status={status}"
