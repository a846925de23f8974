# corpus: safe REL101
import urllib3
from urllib3.util import Timeout

http = urllib3.PoolManager(timeout=Timeout(connect=2.0, read=8.0), retries=3)


def get_quote(symbol):
    response = http.request("GET", f"https://quotes.example.com/{symbol}")
    return response.json()
