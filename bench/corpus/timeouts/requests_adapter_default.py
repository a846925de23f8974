# corpus: safe REL101
import requests
from requests.adapters import HTTPAdapter


class TimeoutHTTPAdapter(HTTPAdapter):
    def __init__(self, *args, timeout=10, **kwargs):
        self.timeout = timeout
        super().__init__(*args, **kwargs)

    def send(self, request, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return super().send(request, **kwargs)


class WeatherClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.mount("https://", TimeoutHTTPAdapter(timeout=5))

    def forecast(self, city):
        return self.session.get(f"https://weather.example.com/{city}").json()
