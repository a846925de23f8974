# corpus: safe REL119
import requests

MIRRORS = ("https://a.example.com", "https://b.example.com", "https://c.example.com")


def download(path):
    for mirror in MIRRORS:
        try:
            return requests.get(f"{mirror}/{path}", timeout=10).content
        except requests.RequestException:
            continue
    raise RuntimeError("all mirrors failed")
