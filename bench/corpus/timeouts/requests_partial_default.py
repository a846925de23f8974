# corpus: safe REL101
import functools

import requests


def crawl(urls):
    session = requests.Session()
    session.request = functools.partial(session.request, timeout=8)
    return [session.get(u).status_code for u in urls]
