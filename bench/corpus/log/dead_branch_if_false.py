# corpus: safe SEC115
import logging

from django.http import JsonResponse

logger = logging.getLogger(__name__)


def search(request):
    q = request.GET.get("q", "")
    if False:
        logger.debug("search: %s", q)
    logger.info("search performed")
    return JsonResponse({"length": len(q)})
