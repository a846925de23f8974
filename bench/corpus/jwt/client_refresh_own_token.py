# corpus: safe SEC201
"""An API client that reads its own access token's expiry to refresh it in time."""

import time

import requests

import jwt


class ApiClient:
    def __init__(self, base_url, refresh_token):
        self.base_url = base_url
        self.refresh_token = refresh_token
        self.access_token = None

    def _expires_soon(self):
        if self.access_token is None:
            return True
        claims = jwt.decode(self.access_token, options={"verify_signature": False})
        return claims["exp"] - time.time() < 60

    def get(self, path):
        if self._expires_soon():
            response = requests.post(
                f"{self.base_url}/token", data={"refresh": self.refresh_token}, timeout=10
            )
            self.access_token = response.json()["access"]
        headers = {"Authorization": f"Bearer {self.access_token}"}
        return requests.get(f"{self.base_url}{path}", headers=headers, timeout=10)
