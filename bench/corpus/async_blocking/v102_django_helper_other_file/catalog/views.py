# corpus: vulnerable ASY102
from django.http import JsonResponse

from catalog.services import stock_summary


async def shelf_summary(request, shelf_id):
    return JsonResponse(stock_summary(shelf_id))
