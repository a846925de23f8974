# corpus: safe SEC216
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from shop.models import Order


@login_required
def orders(request):
    return JsonResponse(
        {
            "ids": list(
                Order.objects.filter(customer__user=request.user).values_list("id", flat=True)
            )
        }
    )


@login_required
def order(request, order_id):
    found = request.user.customer.order_set.select_related("shipping").get(id=order_id)
    return JsonResponse({"id": found.id, "total": found.total})
