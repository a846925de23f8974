# corpus: vulnerable REL101
import urllib3

http = urllib3.PoolManager(num_pools=10, maxsize=10)


def get_quote(symbol):
    response = http.request("GET", f"https://quotes.example.com/{symbol}")
    return response.json()
