# corpus: safe REL101
# The keyword arguments come from one helper that always sets a timeout.
import requests
from django.conf import settings


class PaymentGateway:
    def _request_options(self):
        return {
            "timeout": settings.GATEWAY_TIMEOUT,
            "headers": {"Authorization": f"Bearer {settings.GATEWAY_KEY}"},
        }

    def refund(self, charge_id, amount):
        return requests.post(
            f"{settings.GATEWAY_URL}/charges/{charge_id}/refunds",
            json={"amount": amount},
            **self._request_options(),
        )
