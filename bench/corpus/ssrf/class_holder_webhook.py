# corpus: vulnerable SEC105
import requests
from django.http import JsonResponse


class Webhook:
    def __init__(self, url: str, secret: str) -> None:
        self.url = url
        self.secret = secret

    def deliver(self, payload: dict) -> int:
        return requests.post(
            self.url, json=payload, headers={"X-Secret": self.secret}, timeout=5
        ).status_code


def register_webhook(request):
    hook = Webhook(request.POST["url"], "s3cr3t")
    return JsonResponse({"status": hook.deliver({"event": "registered"})})
