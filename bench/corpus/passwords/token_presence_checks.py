# corpus: safe SEC206
from django.http import JsonResponse


def refresh(request):
    refresh_token = request.POST.get("refresh_token")
    if refresh_token is None or refresh_token == "":
        return JsonResponse({"error": "missing"}, status=400)
    if request.POST.get("grant_type") != "refresh_token":
        return JsonResponse({"error": "unsupported_grant_type"}, status=400)
    return JsonResponse({"ok": True})
