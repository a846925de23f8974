# corpus: safe SEC213
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def profile(request):
    response = JsonResponse({"email": request.user.email})
    origin = request.META.get("HTTP_ORIGIN", "")
    if origin in settings.TRUSTED_ORIGINS:
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
    return response
