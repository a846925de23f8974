# corpus: safe SEC212
import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def change_email(request):
    request.user.email = json.loads(request.body)["email"]
    request.user.save()
    return JsonResponse({"ok": True})
