# corpus: safe ASY102
from asgiref.sync import sync_to_async
from django.http import JsonResponse

from catalog.services import stock_summary


async def shelf_summary(request, shelf_id):
    return JsonResponse(await sync_to_async(stock_summary)(shelf_id))
