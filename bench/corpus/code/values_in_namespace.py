# corpus: safe SEC103
from django.http import JsonResponse

SHIPPING_FORMULA = "base + weight * rate"


def shipping_quote(request):
    namespace = {
        "base": float(request.GET.get("base", "4.5")),
        "weight": float(request.GET.get("weight", "1")),
        "rate": 2.0,
        "note": request.GET.get("note", ""),
    }
    return JsonResponse({"price": eval(SHIPPING_FORMULA, {"__builtins__": {}}, namespace)})
