# corpus: vulnerable REL117
from django.http import JsonResponse
from stock.models import Item


def reserve(request, pk):
    item = Item.objects.select_for_update().get(pk=pk)
    item.stock -= 1
    item.save(update_fields=["stock"])
    return JsonResponse({"stock": item.stock})
