# corpus: safe SEC206
"""Only the public scheme prefix is compared with `!=`; the digest uses compare_digest."""

import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden


def verify_webhook(request):
    header = request.headers.get("X-Hub-Signature-256", "")
    signature_scheme, _, received = header.partition("=")
    if signature_scheme != "sha256":
        return HttpResponseBadRequest("unsupported signature scheme")
    expected = hmac.new(settings.WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        return HttpResponseForbidden()
    return HttpResponse(status=204)
