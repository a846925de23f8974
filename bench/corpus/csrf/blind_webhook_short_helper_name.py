# corpus: safe SEC212
"""Server-to-server webhook, authenticated by an HMAC helper with a terse name."""

import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .billing import apply_event


def _valid_paddle_sig(request) -> bool:
    given = request.headers.get("Paddle-Signature", "")
    mac = hmac.new(settings.PADDLE_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), given)


@csrf_exempt
@require_POST
def paddle_webhook(request):
    if not _valid_paddle_sig(request):
        return HttpResponseForbidden()
    apply_event(json.loads(request.body))
    return HttpResponse(status=200)
