# corpus: vulnerable REL119
import requests

PRICING = "https://pricing.example.com/v1"


def sync_prices(skus):
    prices = {}
    for sku in skus:
        prices[sku] = requests.get(f"{PRICING}/{sku}", timeout=5).json()["price"]
    return prices
