# corpus: vulnerable SEC115
import logging

from django.http import JsonResponse

logger = logging.getLogger(__name__)


def lookup(request):
    sku = request.GET.get("sku", "")
    try:
        price = {"A-1": 10}[sku]
    except KeyError:
        logger.exception("price lookup failed for sku=" + sku)
        return JsonResponse({"error": "unknown sku"}, status=404)
    return JsonResponse({"price": price})
