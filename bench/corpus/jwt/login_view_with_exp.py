# corpus: safe SEC203
"""Django login view issuing a short-lived token."""

import json
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST

import jwt

ACCESS_LIFETIME = timedelta(minutes=15)


@require_POST
def login(request):
    body = json.loads(request.body)
    user = authenticate(request, username=body["username"], password=body["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    now = datetime.now(UTC)
    token = jwt.encode(
        {"user_id": user.pk, "iat": now, "exp": now + ACCESS_LIFETIME},
        settings.JWT_SECRET,
        algorithm="HS256",
    )
    return JsonResponse({"token": token})
