# corpus: vulnerable SEC103
from django.http import JsonResponse


def run_rule(request):
    scope: dict = {"order_total": 120}
    exec(request.POST["rule"], {}, scope)
    return JsonResponse({"discount": scope.get("discount", 0)})
