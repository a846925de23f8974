# corpus: safe REL110
"""A print guarded by `settings.DEBUG` runs only in development (a deliberate, opt-in trace)."""

from django.conf import settings
from django.http import JsonResponse


def search(request):
    query = request.GET.get("q", "")
    if settings.DEBUG:
        print("search query:", query)
    return JsonResponse({"q": query})
