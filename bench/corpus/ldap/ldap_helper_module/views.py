# corpus: vulnerable SEC109
from django.http import JsonResponse

from .directory import members_of


def group_members(request):
    return JsonResponse({"members": members_of(request.GET["group"])})
