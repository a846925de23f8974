from django.http import JsonResponse

from .tokens import claims_from


def profile(request):
    claims = claims_from(request)
    return JsonResponse({"tenant": claims["tenant"], "role": claims["role"]})
