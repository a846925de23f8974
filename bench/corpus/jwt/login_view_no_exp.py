# corpus: vulnerable SEC203
"""Django login view issuing a token that never expires."""

import json

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST

import jwt


@require_POST
def login(request):
    body = json.loads(request.body)
    user = authenticate(request, username=body["username"], password=body["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    token = jwt.encode(
        {"user_id": user.pk, "username": user.username, "is_staff": user.is_staff},
        settings.JWT_SECRET,
        algorithm="HS256",
    )
    return JsonResponse({"token": token})
