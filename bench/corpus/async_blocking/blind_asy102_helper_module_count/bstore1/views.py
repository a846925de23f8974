# corpus: vulnerable ASY102
from django.http import JsonResponse

from .services import low_stock_count


async def shelf_alerts(request, shelf_id):
    low = low_stock_count(shelf_id)
    return JsonResponse({"low_stock": low})
