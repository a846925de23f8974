import requests

GEOCODER = "https://geocoder.example.com/v2/search"


def geocode(address: str) -> dict:
    return requests.get(GEOCODER, params={"address": address}, timeout=5).json()
