# corpus: vulnerable SEC103
from django.http import JsonResponse


def unit_convert(request, expression):
    return JsonResponse({"value": eval(expression, {"__builtins__": {}})})
