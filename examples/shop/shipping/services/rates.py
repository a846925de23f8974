"""Shipping rates from the ShipFast aggregator, which quotes every carrier we use."""

import logging
import time
from dataclasses import dataclass
from decimal import Decimal

import httpx
import requests
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

CARRIERS_CACHE_KEY = "shipping:carriers"


class RatesUnavailable(Exception):
    pass


@dataclass(frozen=True)
class Rate:
    carrier: str
    service: str
    amount: Decimal
    currency: str
    days: int


def _headers() -> dict[str, str]:
    return {"X-Api-Key": settings.SHIPPING_API_KEY, "Accept": "application/json"}


def _params(postcode: str, country: str, weight_grams: int) -> dict[str, str | int]:
    return {"to_postcode": postcode, "to_country": country.upper(), "weight_g": weight_grams}


def _parse_rates(payload: dict) -> list[Rate]:
    rates = [
        Rate(
            carrier=item["carrier"],
            service=item["service"],
            amount=Decimal(item["price"]),
            currency=item["currency"],
            days=int(item["transit_days"]),
        )
        for item in payload.get("rates", [])
    ]
    return sorted(rates, key=lambda rate: rate.amount)


def fetch_rates(postcode: str, country: str, weight_grams: int, retries: int = 3) -> list[Rate]:
    """Quotes for a parcel, cheapest first. The aggregator is flaky, so retry with backoff."""
    for attempt in range(retries):
        try:
            response = requests.get(
                f"{settings.SHIPPING_RATES_URL}/rates",
                params=_params(postcode, country, weight_grams),
                headers=_headers(),
                timeout=5,
            )
            response.raise_for_status()
            return _parse_rates(response.json())
        except requests.RequestException as exc:
            logger.warning("Rates request failed (attempt %d): %s", attempt + 1, exc)
            if attempt + 1 < retries:
                time.sleep(0.5 * 2**attempt)
    raise RatesUnavailable(f"no rates for {country}-{postcode}")


async def afetch_rates(postcode: str, country: str, weight_grams: int) -> list[Rate]:
    async with httpx.AsyncClient(timeout=5) as client:
        try:
            response = await client.get(
                f"{settings.SHIPPING_RATES_URL}/rates",
                params=_params(postcode, country, weight_grams),
                headers=_headers(),
            )
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise RatesUnavailable(f"no rates for {country}-{postcode}") from exc
    return _parse_rates(response.json())


def fetch_carriers() -> list[str]:
    carriers = cache.get(CARRIERS_CACHE_KEY)
    if carriers is None:
        response = requests.get(
            f"{settings.SHIPPING_RATES_URL}/carriers", headers=_headers(), timeout=5
        )
        response.raise_for_status()
        carriers = [item["name"] for item in response.json()["carriers"]]
        cache.set(CARRIERS_CACHE_KEY, carriers, timeout=60 * 60)
    return carriers
