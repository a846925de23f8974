# corpus: safe SEC217
"""Change-password checks the old password but requires an authenticated session already."""

from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def change_password(request):
    if not request.user.check_password(request.POST["old_password"]):
        return HttpResponseForbidden()
    request.user.set_password(request.POST["new_password"])
    request.user.save()
    update_session_auth_hash(request, request.user)
    return JsonResponse({"ok": True})
