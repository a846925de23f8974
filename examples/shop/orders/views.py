import json

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST
from rest_framework import generics, permissions

from .models import Customer, Order
from .serializers import OrderSerializer
from .services.checkout import (
    CartItem,
    CheckoutError,
    OutOfStock,
    PaymentFailed,
    ShippingAddress,
    place_order,
)


def serialize_order(order: Order, with_lines: bool = False) -> dict[str, object]:
    data: dict[str, object] = {
        "id": order.pk,
        "status": order.status,
        "currency": order.currency,
        "total": str(order.total),
        "created_at": order.created_at.isoformat(),
        "tracking_number": order.tracking_number or None,
    }
    if with_lines:
        data["lines"] = [
            {
                "sku": line.product.sku,
                "name": line.product.name,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
            }
            for line in order.lines.all()
        ]
    return data


@login_required
@require_GET
def order_list(request: HttpRequest) -> JsonResponse:
    orders = Order.objects.filter(customer__user=request.user)[:50]
    return JsonResponse({"orders": [serialize_order(order) for order in orders]})


@login_required
@require_GET
def order_detail(request: HttpRequest, order_id: int) -> JsonResponse:
    order = get_object_or_404(
        Order.objects.prefetch_related("lines__product"),
        pk=order_id,
        customer__user=request.user,
    )
    return JsonResponse(serialize_order(order, with_lines=True))


@login_required
@require_POST
def checkout(request: HttpRequest) -> JsonResponse:
    customer = get_object_or_404(Customer, user=request.user)
    try:
        payload = json.loads(request.body)
        items = [CartItem(sku=str(i["sku"]), quantity=int(i["quantity"])) for i in payload["items"]]
        address = ShippingAddress(**{key: str(value) for key, value in payload["address"].items()})
        card_token = str(payload["card_token"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": "invalid checkout payload"}, status=400)
    if any(item.quantity < 1 for item in items):
        return JsonResponse({"error": "quantities must be positive"}, status=400)

    try:
        order = place_order(customer, items, address, card_token)
    except OutOfStock as exc:
        return JsonResponse({"error": str(exc)}, status=409)
    except PaymentFailed as exc:
        return JsonResponse({"error": str(exc)}, status=402)
    except CheckoutError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse(serialize_order(order), status=201)


@staff_member_required
@require_GET
def recent_orders(request: HttpRequest) -> HttpResponse:
    """Back office: the paid orders waiting to ship, with who ordered them."""
    orders = Order.objects.filter(status=Order.Status.PAID).order_by("created_at")[:100]
    return render(request, "orders/recent_orders.html", {"orders": orders})


class OrderHistory(generics.ListAPIView):
    """Mobile app: the signed-in customer's orders with their lines."""

    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return Order.objects.filter(customer__user=self.request.user)[:50]
