# corpus: safe DB104
from django.http import JsonResponse

from .models import City


def cities_by_id(request):
    ids = [int(i) for i in request.GET.getlist("id")[:100]]
    return JsonResponse({"cities": list(City.objects.filter(pk__in=ids).values("id", "name"))})
