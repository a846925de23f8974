# corpus: safe SEC111
from django.http import JsonResponse


def echo(request):
    return JsonResponse({"q": request.GET.get("q", ""), "page": request.GET.get("page", "1")})
