# corpus: vulnerable ASY102
from django.http import JsonResponse

from orders.models import Order


async def packing_list(request, number):
    order = await Order.objects.aget(number=number)
    lines = [{"sku": line.sku, "qty": line.quantity} for line in order.lines.all()]
    return JsonResponse({"number": order.number, "lines": lines})
