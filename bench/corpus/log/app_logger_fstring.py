# corpus: vulnerable SEC115
import logging

from django.http import JsonResponse

logger = logging.getLogger("payments")


def refund(request):
    reason = request.POST.get("reason", "")
    logger.info(f"refund requested: {reason}")
    return JsonResponse({"queued": True})
