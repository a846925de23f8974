# corpus: vulnerable SEC206
from django.core.cache import cache
from django.http import HttpResponseForbidden, JsonResponse


def confirm_email(request, user_id):
    expected = cache.get(f"email-confirm:{user_id}")
    token = request.GET.get("t", "")
    if token != expected:
        return HttpResponseForbidden()
    return JsonResponse({"confirmed": True})
