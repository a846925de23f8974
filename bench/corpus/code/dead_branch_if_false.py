# corpus: safe SEC103
from django.http import JsonResponse


def evaluate(request):
    expression = request.GET.get("expr", "")
    if False:
        return JsonResponse({"value": eval(expression)})
    return JsonResponse({"expr": expression, "value": None})
