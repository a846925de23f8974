# corpus: vulnerable REL119
import httpx


def statuses(urls):
    return {url: httpx.head(url, timeout=3).status_code for url in urls}
