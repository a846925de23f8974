# corpus: vulnerable SEC105
from django.http import JsonResponse

from .fetcher import fetch_title


def bookmark(request):
    return JsonResponse({"title": fetch_title(request.POST["url"])})
