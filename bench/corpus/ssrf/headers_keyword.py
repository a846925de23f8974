# corpus: safe SEC105
import requests
from django.http import JsonResponse

AUDIT_URL = "https://audit.internal/api/events"


def audit(request):
    request_id = request.headers.get("X-Request-Id", "")
    requests.post(
        AUDIT_URL, headers={"X-Request-Id": request_id}, json={"path": "/audit"}, timeout=5
    )
    return JsonResponse({"ok": True})
