# corpus: safe SEC103
from django.http import Http404, JsonResponse

FORMULAS = {
    "margin": "(price - cost) / price",
    "markup": "(price - cost) / cost",
}


def ratio(request):
    formula = FORMULAS.get(request.GET.get("kind", ""))
    if formula is None:
        raise Http404
    return JsonResponse({"value": eval(formula, {}, {"price": 12.0, "cost": 8.0})})
