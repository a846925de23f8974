# corpus: vulnerable REL111
"""The bearer token from the Authorization header ends up in a warning."""

import logging

from django.http import HttpResponseForbidden

from .tokens import verify

logger = logging.getLogger(__name__)


def api_view(request):
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not verify(header):
        logger.warning("rejected credentials %s", request.META.get("HTTP_AUTHORIZATION"))
        return HttpResponseForbidden()
    return None
