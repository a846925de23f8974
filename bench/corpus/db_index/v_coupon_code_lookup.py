# corpus: vulnerable DB201
from django.db import models
from django.http import JsonResponse


class Coupon(models.Model):
    code = models.CharField(max_length=20)
    percent_off = models.PositiveSmallIntegerField()
    valid_until = models.DateTimeField()


def redeem(request):
    coupon = Coupon.objects.get(code=request.POST["code"].upper())
    return JsonResponse({"percent_off": coupon.percent_off})
