# corpus: vulnerable ASY102
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from shop.models import Order


async def order_status(request, number):
    order = get_object_or_404(Order, number=number)
    return JsonResponse({"status": order.status})
