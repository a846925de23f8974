# corpus: vulnerable REL111
"""A DRF view logs the whole request payload of a card payment."""

import logging

from rest_framework.response import Response
from rest_framework.views import APIView

from .payments import charge

logger = logging.getLogger("payments")


class ChargeView(APIView):
    def post(self, request):
        logger.info("charge request: %s", request.data)
        result = charge(request.user, request.data)
        return Response({"id": result.id})
