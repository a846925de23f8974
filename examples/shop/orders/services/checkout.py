"""Turning a cart into a paid order."""

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import transaction

from catalog.models import Product
from payments.models import Payment
from payments.services.gateway import GatewayError, PaymentDeclined, PaymentGatewayClient
from shipping.services.rates import fetch_rates

from ..models import Customer, Order, OrderLine
from .receipts import send_receipt

logger = logging.getLogger(__name__)


class CheckoutError(Exception):
    """The message is shown to the customer."""


class OutOfStock(CheckoutError):
    pass


class PaymentFailed(CheckoutError):
    pass


@dataclass(frozen=True)
class CartItem:
    sku: str
    quantity: int


@dataclass(frozen=True)
class ShippingAddress:
    name: str
    street: str
    city: str
    postcode: str
    country: str


def place_order(
    customer: Customer,
    items: list[CartItem],
    address: ShippingAddress,
    card_token: str,
    gateway: PaymentGatewayClient | None = None,
) -> Order:
    if not items:
        raise CheckoutError("Your cart is empty.")
    quantities = {item.sku: item.quantity for item in items}
    gateway = gateway or PaymentGatewayClient()

    # Quote shipping before taking any row locks: the carrier API can be slow.
    weights = dict(Product.objects.filter(sku__in=quantities).values_list("sku", "weight_grams"))
    weight = sum(weights.get(sku, 0) * quantity for sku, quantity in quantities.items())
    rates = fetch_rates(address.postcode, address.country, weight)
    if not rates:
        raise CheckoutError("We cannot ship to this address.")
    rate = rates[0]  # cheapest

    with transaction.atomic():
        products = list(
            Product.objects.select_for_update().filter(sku__in=quantities, is_active=True)
        )
        if len(products) != len(quantities):
            raise CheckoutError("Some products in your cart are no longer available.")
        for product in products:
            if product.stock < quantities[product.sku]:
                raise OutOfStock(f"Only {product.stock} left of {product.name}.")
            product.stock -= quantities[product.sku]
        Product.objects.bulk_update(products, ["stock"])

        subtotal = sum(
            (product.price * quantities[product.sku] for product in products), Decimal("0.00")
        )
        order = Order.objects.create(
            customer=customer,
            currency=settings.SHOP_CURRENCY,
            subtotal=subtotal,
            shipping_cost=rate.amount,
            shipping_name=address.name,
            shipping_street=address.street,
            shipping_city=address.city,
            shipping_postcode=address.postcode,
            shipping_country=address.country,
            carrier_service=f"{rate.carrier}:{rate.service}",
        )
        OrderLine.objects.bulk_create(
            OrderLine(
                order=order,
                product=product,
                quantity=quantities[product.sku],
                unit_price=product.price,
            )
            for product in products
        )
        payment = Payment.objects.create(order=order, amount=order.total, currency=order.currency)

    try:
        charge = gateway.create_charge(
            amount=payment.amount,
            currency=payment.currency,
            token=card_token,
            idempotency_key=str(payment.idempotency_key),
        )
    except GatewayError as exc:
        cancel_unpaid_order(order, payment, reason=str(exc))
        if isinstance(exc, PaymentDeclined):
            raise PaymentFailed(str(exc)) from exc
        raise PaymentFailed("We could not process your payment. Please try again.") from exc

    with transaction.atomic():
        payment.gateway_charge_id = charge.id
        payment.status = Payment.Status.SUCCEEDED
        payment.save(update_fields=["gateway_charge_id", "status", "updated_at"])
        order.status = Order.Status.PAID
        order.save(update_fields=["status", "updated_at"])
    logger.info("Order %s paid with charge %s", order.pk, charge.id)
    send_receipt(order)
    return order


def cancel_unpaid_order(order: Order, payment: Payment, reason: str) -> None:
    """Put the stock back and mark the order cancelled after a failed charge."""
    with transaction.atomic():
        quantities = dict(order.lines.values_list("product_id", "quantity"))
        products = list(Product.objects.select_for_update().filter(pk__in=quantities))
        for product in products:
            product.stock += quantities[product.pk]
        Product.objects.bulk_update(products, ["stock"])
        payment.status = Payment.Status.FAILED
        payment.failure_reason = reason[:255]
        payment.save(update_fields=["status", "failure_reason", "updated_at"])
        order.status = Order.Status.CANCELLED
        order.save(update_fields=["status", "updated_at"])
