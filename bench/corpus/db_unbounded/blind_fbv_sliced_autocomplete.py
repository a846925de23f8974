# corpus: safe DB104
from django.db import models
from django.http import JsonResponse


class City(models.Model):
    name = models.CharField(max_length=120, db_index=True)


def city_autocomplete(request):
    prefix = request.GET.get("q", "")
    cities = City.objects.filter(name__istartswith=prefix).order_by("name")[:20]
    return JsonResponse({"results": [c.name for c in cities]})
