# corpus: safe REL119
import httpx


def statuses(urls):
    with httpx.Client(timeout=3) as client:
        return {url: client.head(url).status_code for url in urls}
