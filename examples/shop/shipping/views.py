from asgiref.sync import sync_to_async
from django.db.models import F, Sum
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from orders.models import Order

from .services.rates import Rate, RatesUnavailable, afetch_rates, fetch_carriers, fetch_rates


def _serialize_rate(rate: Rate) -> dict[str, object]:
    return {
        "carrier": rate.carrier,
        "service": rate.service,
        "price": str(rate.amount),
        "currency": rate.currency,
        "days": rate.days,
    }


@require_GET
async def quote(request: HttpRequest) -> JsonResponse:
    """Shipping estimate shown on the product page before checkout."""
    postcode = request.GET.get("postcode", "").strip()
    country = request.GET.get("country", "DE")
    try:
        weight_grams = int(request.GET.get("weight", "1000"))
    except ValueError:
        return JsonResponse({"error": "weight must be an integer"}, status=400)
    if not postcode:
        return JsonResponse({"error": "postcode is required"}, status=400)
    try:
        rates = fetch_rates(postcode, country, weight_grams)
    except RatesUnavailable:
        return JsonResponse({"error": "shipping rates are unavailable"}, status=503)
    return JsonResponse({"rates": [_serialize_rate(rate) for rate in rates]})


@require_GET
async def order_quote(request: HttpRequest, order_id: int) -> JsonResponse:
    """Re-quote shipping for an existing order, e.g. after the customer changed the address."""
    user = await request.auser()
    if not user.is_authenticated:
        return JsonResponse({"error": "authentication required"}, status=401)
    try:
        order = await Order.objects.aget(pk=order_id, customer__user=user)
    except Order.DoesNotExist:
        raise Http404("No such order") from None
    totals = await order.lines.aaggregate(weight=Sum(F("quantity") * F("product__weight_grams")))
    try:
        rates = await afetch_rates(
            order.shipping_postcode, order.shipping_country, totals["weight"] or 0
        )
    except RatesUnavailable:
        return JsonResponse({"error": "shipping rates are unavailable"}, status=503)
    return JsonResponse({"order": order.pk, "rates": [_serialize_rate(rate) for rate in rates]})


@require_GET
async def carriers(request: HttpRequest) -> JsonResponse:
    names = await sync_to_async(fetch_carriers)()
    return JsonResponse({"carriers": names})
