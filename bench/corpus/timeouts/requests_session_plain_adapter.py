# corpus: vulnerable REL101
import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry


def make_session():
    return requests.Session()


def crawl(urls):
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    return [session.get(u).status_code for u in urls]
