# corpus: safe ASY102
from django.db import models
from django.http import JsonResponse


class Shelf(models.Model):
    name = models.CharField(max_length=60)


class Book(models.Model):
    title = models.CharField(max_length=200)
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE, related_name="books")
    stock = models.IntegerField(default=0)


async def shelf_page(request, pk):
    shelf = await Shelf.objects.prefetch_related("books").aget(pk=pk)
    return JsonResponse({"name": shelf.name, "books": [b.title for b in shelf.books.all()]})
