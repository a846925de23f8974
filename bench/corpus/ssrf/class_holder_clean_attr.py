# corpus: safe SEC105
import requests
from django.http import JsonResponse


class CrmClient:
    base_url = "https://crm.internal/api"

    def __init__(self, contact: str) -> None:
        self.contact = contact

    def lookup(self) -> dict:
        return requests.get(
            f"{self.base_url}/contacts", params={"email": self.contact}, timeout=5
        ).json()


def contact(request):
    return JsonResponse(CrmClient(request.GET["email"]).lookup())
