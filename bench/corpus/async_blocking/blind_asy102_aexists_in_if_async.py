# corpus: safe ASY102
from django.db import models
from django.http import HttpResponseBadRequest, JsonResponse


class Shelf(models.Model):
    name = models.CharField(max_length=60)


class Book(models.Model):
    title = models.CharField(max_length=200)
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE, related_name="books")
    stock = models.IntegerField(default=0)


async def create_shelf(request):
    name = request.POST["name"]
    if await Shelf.objects.filter(name=name).aexists():
        return HttpResponseBadRequest("exists")
    shelf = await Shelf.objects.acreate(name=name)
    return JsonResponse({"id": shelf.pk})
