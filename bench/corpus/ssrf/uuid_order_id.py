# corpus: safe SEC105
import uuid

import httpx
from django.http import JsonResponse


def order_status(request):
    order_id = uuid.UUID(request.GET["order"])
    response = httpx.get(f"https://orders.internal/api/orders/{order_id}", timeout=5)
    return JsonResponse(response.json())
