# corpus: safe SEC401
import stripe
from django.conf import settings

stripe.api_key = settings.STRIPE_SECRET_KEY
STRIPE_KEY_PREFIXES = ("sk_live_", "sk_test_", "rk_live_")


def charge(amount_cents: int, token: str) -> str:
    charge = stripe.Charge.create(amount=amount_cents, currency="eur", source=token)
    return charge.id
