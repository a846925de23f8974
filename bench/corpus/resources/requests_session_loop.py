# corpus: safe REL119
import requests

PRICING = "https://pricing.example.com/v1"


def sync_prices(skus):
    prices = {}
    with requests.Session() as session:
        for sku in skus:
            prices[sku] = session.get(f"{PRICING}/{sku}", timeout=5).json()["price"]
    return prices
