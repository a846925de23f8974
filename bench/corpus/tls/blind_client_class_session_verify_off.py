# corpus: vulnerable SEC307
"""API client turns verification off on its own Session attribute."""

import requests


class PartnerClient:
    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer %s" % api_key
        self.session.verify = False  # partner's cert chain was "broken" in 2021

    def orders(self):
        return self.session.get(self.base_url + "/orders", timeout=10).json()
