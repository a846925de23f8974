# corpus: safe DB201
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Item


def item_stock(request, sku):
    item = get_object_or_404(Item, sku=sku)
    return JsonResponse({"sku": item.sku, "stock": item.stock})
