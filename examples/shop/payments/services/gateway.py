"""Client for the Paylane card payments API (https://docs.paylane.example/v1)."""

import logging
from dataclasses import dataclass
from decimal import Decimal

import requests
from django.conf import settings

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10  # seconds


class GatewayError(Exception):
    pass


class PaymentDeclined(GatewayError):
    """The card was declined; the message is safe to show to the customer."""


@dataclass(frozen=True)
class Charge:
    id: str
    status: str
    amount: Decimal
    currency: str


def to_minor_units(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def _charge_from_json(data: dict) -> Charge:
    return Charge(
        id=data["id"],
        status=data["status"],
        amount=Decimal(data["amount"]) / 100,
        currency=data["currency"].upper(),
    )


class PaymentGatewayClient:
    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = (base_url or settings.PAYMENT_GATEWAY_URL).rstrip("/")
        self.api_key = api_key or settings.PAYMENT_GATEWAY_API_KEY
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}
        )

    def create_charge(
        self, amount: Decimal, currency: str, token: str, idempotency_key: str
    ) -> Charge:
        response = requests.post(
            f"{self.base_url}/v1/charges",
            json={
                "amount": to_minor_units(amount),
                "currency": currency.lower(),
                "source": token,
                "capture": True,
            },
            headers={
                "Authorization": f"Bearer {self.api_key}",
                "Idempotency-Key": idempotency_key,
            },
        )
        if response.status_code == 402:
            raise PaymentDeclined(response.json().get("message", "Card declined"))
        if not response.ok:
            logger.error("Charge failed with %s: %s", response.status_code, response.text)
            raise GatewayError(f"charge failed with HTTP {response.status_code}")
        return _charge_from_json(response.json())

    def get_charge(self, charge_id: str) -> Charge:
        response = self.session.get(f"{self.base_url}/v1/charges/{charge_id}")
        if not response.ok:
            raise GatewayError(f"could not fetch charge {charge_id}: HTTP {response.status_code}")
        return _charge_from_json(response.json())

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        payload: dict[str, object] = {"charge": charge_id}
        if amount is not None:
            payload["amount"] = to_minor_units(amount)
        response = self.session.post(
            f"{self.base_url}/v1/refunds", json=payload, timeout=self.timeout
        )
        if not response.ok:
            raise GatewayError(f"refund of {charge_id} failed: HTTP {response.status_code}")
        return response.json()["id"]
