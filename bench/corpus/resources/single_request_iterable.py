# corpus: safe REL119
import requests


def titles(feed_url):
    return [item["title"] for item in requests.get(feed_url, timeout=5).json()["items"]]
