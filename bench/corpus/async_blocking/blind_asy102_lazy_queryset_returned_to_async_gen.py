# corpus: safe ASY102
from django.db import models
from django.http import StreamingHttpResponse


class Shelf(models.Model):
    name = models.CharField(max_length=60)


class Book(models.Model):
    title = models.CharField(max_length=200)
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE, related_name="books")
    stock = models.IntegerField(default=0)


def books_on(shelf_id):
    return Book.objects.filter(shelf_id=shelf_id).order_by("title")  # lazy, not evaluated here


async def stream_titles(request, shelf_id):
    async def rows():
        async for book in books_on(shelf_id):
            yield f"{book.title}\n"

    return StreamingHttpResponse(rows(), content_type="text/plain")
