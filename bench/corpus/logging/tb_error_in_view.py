# corpus: vulnerable REL108
"""A DRF view logs the failure of a partner call without its traceback."""

import logging

import requests
from rest_framework.response import Response
from rest_framework.views import APIView

log = logging.getLogger(__name__)


class ShipmentView(APIView):
    def post(self, request):
        try:
            label = requests.post(
                "https://carrier.example/labels", json=request.data, timeout=10
            ).json()
        except (requests.RequestException, ValueError) as exc:
            log.error("label creation failed for order %s: %s", request.data.get("order"), exc)
            return Response({"detail": "carrier unavailable"}, status=502)
        return Response(label)
