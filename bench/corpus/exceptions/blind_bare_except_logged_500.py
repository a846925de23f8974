# corpus: vulnerable REL102
# Logging does not make a bare except right: it still catches SystemExit and KeyboardInterrupt.
import logging

from django.http import JsonResponse

from .services import import_feed

logger = logging.getLogger(__name__)


def import_view(request):
    try:
        count = import_feed(request.FILES["feed"])
    except:
        logger.exception("feed import failed")
        return JsonResponse({"error": "import failed"}, status=500)
    return JsonResponse({"imported": count})
