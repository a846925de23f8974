import hmac
import json
import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.models import Order

from .models import Payment

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def payment_event(request: HttpRequest) -> JsonResponse:
    """Payment events forwarded by the webhooks service once it has checked their signature."""
    token = request.headers.get("X-Internal-Token", "")
    if not settings.WEBHOOK_FORWARD_TOKEN or not hmac.compare_digest(
        token, settings.WEBHOOK_FORWARD_TOKEN
    ):
        return JsonResponse({"error": "forbidden"}, status=403)
    event = json.loads(request.body)
    charge_id = event["data"]["charge"]

    with transaction.atomic():
        payment = (
            Payment.objects.select_for_update()
            .select_related("order")
            .filter(gateway_charge_id=charge_id)
            .first()
        )
        if payment is None:
            logger.warning("Event %s for unknown charge %s", event["id"], charge_id)
            return JsonResponse({"status": "unknown charge"}, status=202)
        if event["type"] == "charge.refunded":
            payment.status = Payment.Status.REFUNDED
            payment.order.status = Order.Status.REFUNDED
        elif event["type"] == "charge.failed":
            payment.status = Payment.Status.FAILED
            payment.order.status = Order.Status.CANCELLED
        else:
            return JsonResponse({"status": "ignored"})
        payment.save(update_fields=["status", "updated_at"])
        payment.order.save(update_fields=["status", "updated_at"])
    return JsonResponse({"status": "ok"})
