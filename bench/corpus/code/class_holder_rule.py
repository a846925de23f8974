# corpus: vulnerable SEC103
from django.http import JsonResponse


class AlertRule:
    def __init__(self, expression: str) -> None:
        self.expression = expression

    def fires(self, metrics: dict) -> bool:
        return bool(eval(self.expression, {}, metrics))


def test_rule(request):
    rule = AlertRule(request.GET["expression"])
    return JsonResponse({"fires": rule.fires({"cpu": 0.9, "memory": 0.5})})
