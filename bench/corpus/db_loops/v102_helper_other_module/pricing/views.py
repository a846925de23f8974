# corpus: vulnerable DB102
from django.http import JsonResponse

from .rates import convert


def price_list(request):
    prices = {}
    for currency in request.GET.getlist("currency"):
        prices[currency] = str(convert(100, currency))
    return JsonResponse(prices)
