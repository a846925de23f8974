# corpus: vulnerable ASY102
from django.db import models
from django.http import JsonResponse
from django.views import View


class Shelf(models.Model):
    name = models.CharField(max_length=60)


class Author(models.Model):
    name = models.CharField(max_length=120)


class Book(models.Model):
    title = models.CharField(max_length=200)
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE, related_name="books")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    stock = models.IntegerField(default=0)


class RestockView(View):
    async def post(self, request, pk):
        book = await Book.objects.aget(pk=pk)
        book.stock += int(request.POST.get("qty", 1))
        book.save(update_fields=["stock"])
        return JsonResponse({"stock": book.stock})
