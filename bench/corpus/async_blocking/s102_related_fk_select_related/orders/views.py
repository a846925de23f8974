# corpus: safe ASY102
from django.http import Http404, JsonResponse

from orders.models import Order


async def receipt(request, number):
    try:
        order = await Order.objects.select_related("customer").aget(number=number)
    except Order.DoesNotExist:
        raise Http404("no such order") from None
    return JsonResponse({"number": order.number, "email": order.customer.email})
