# corpus: safe REL117
from django.db import transaction
from django.http import JsonResponse
from stock.models import Item


def reserve(request, pk):
    with transaction.atomic():
        item = Item.objects.select_for_update().get(pk=pk)
        item.stock -= 1
        item.save(update_fields=["stock"])
    return JsonResponse({"stock": item.stock})
