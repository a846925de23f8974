# corpus: safe DB102
from django.http import JsonResponse
from orders.models import Order

STATUSES = ("pending", "paid", "shipped")


def status_summary(request):
    counts = {}
    for status in STATUSES:
        counts[status] = Order.objects.filter(status=status).count()
    return JsonResponse(counts)
