import httpx


def get_json(url: str) -> dict:
    return httpx.get(url, timeout=5).json()
