# corpus: vulnerable SEC217
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def verify_otp(request):
    ok = request.session.get("otp") == request.POST.get("code")
    return JsonResponse({"ok": ok})
