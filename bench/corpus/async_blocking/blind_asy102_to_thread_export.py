# corpus: safe ASY102
import asyncio

from django.db import models
from django.http import JsonResponse


class Shelf(models.Model):
    name = models.CharField(max_length=60)


class Book(models.Model):
    title = models.CharField(max_length=200)
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE, related_name="books")
    stock = models.IntegerField(default=0)


def _inventory():
    return {b.title: b.stock for b in Book.objects.order_by("title")}


async def inventory(request):
    data = await asyncio.to_thread(_inventory)
    return JsonResponse(data)
