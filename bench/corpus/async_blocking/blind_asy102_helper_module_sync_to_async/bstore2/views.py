# corpus: safe ASY102
from asgiref.sync import sync_to_async
from django.http import JsonResponse

from .services import low_stock_count


async def shelf_alerts(request, shelf_id):
    low = await sync_to_async(low_stock_count)(shelf_id)
    return JsonResponse({"low_stock": low})
