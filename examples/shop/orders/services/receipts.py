"""Order receipts by e-mail."""

from __future__ import annotations

from django.core.mail import send_mail

from ..models import Order


def receipt_text(order: Order) -> str:
    lines = [f"{line.quantity} x {line.product.name}: {line.unit_price}" for line in order.lines.all()]
    return "\n".join([f"Thank you for your order #{order.pk}.", *lines, f"Total: {order.total}"])


def send_receipt(order: Order) -> None:
    """E-mail the receipt; a failed e-mail must not fail the checkout."""
    try:
        send_mail(
            subject=f"Your order #{order.pk}",
            message=receipt_text(order),
            from_email=None,
            recipient_list=[order.customer.user.email],
        )
    except Exception:
        pass
