# corpus: vulnerable SEC113
from django.http import JsonResponse

from .tenancy import remember_tenant


def select_tenant(request):
    remember_tenant(request.session, request.headers.get("X-Tenant", ""))
    return JsonResponse({"ok": True})
