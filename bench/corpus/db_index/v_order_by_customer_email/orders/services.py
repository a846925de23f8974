# corpus: vulnerable DB201
from .models import Order


def orders_for_email(email):
    """Support tool: every order placed with this e-mail address."""
    return list(
        Order.objects.filter(customer__email__iexact=email).order_by("-placed_at")[:50]
    ) + list(Order.objects.filter(customer__email=email.lower())[:50])
