# corpus: safe SEC217
from django.contrib.auth import authenticate
from rest_framework.decorators import api_view, throttle_classes
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle


@api_view(["POST"])
@throttle_classes([AnonRateThrottle])
def token_login(request):
    user = authenticate(request, username=request.data["u"], password=request.data["p"])
    return Response({"ok": user is not None})
