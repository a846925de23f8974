# corpus: vulnerable SEC213
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def profile(request):
    response = JsonResponse({"email": request.user.email})
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN", "")
    response["Access-Control-Allow-Credentials"] = "true"
    return response
