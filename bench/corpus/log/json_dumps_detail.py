# corpus: safe SEC115
import json
import logging

from django.http import JsonResponse

logger = logging.getLogger("payments")


def refund(request):
    reason = request.POST.get("reason", "")
    logger.info("refund requested: %s", json.dumps(reason))
    return JsonResponse({"queued": True})
