# corpus: vulnerable SEC401
import stripe

STRIPE_KEY = "sk_live_m5NtZ9LJjMTrHjgjfTEzqGFd"
stripe.api_key = STRIPE_KEY


def charge(amount_cents: int, token: str) -> str:
    charge = stripe.Charge.create(amount=amount_cents, currency="eur", source=token)
    return charge.id
