# corpus: vulnerable SEC211
"""JWT in a cookie named by a constant; HttpOnly only, no Secure/SameSite (Django default)."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.http import JsonResponse

import jwt

ACCESS_COOKIE = "access"


def issue_cookie(request):
    exp = datetime.now(UTC) + timedelta(minutes=15)
    token = jwt.encode({"sub": str(request.user.pk), "exp": exp}, settings.JWT_SECRET, "HS256")
    response = JsonResponse({"ok": True})
    response.set_cookie(ACCESS_COOKIE, token, max_age=900, httponly=True)
    return response
