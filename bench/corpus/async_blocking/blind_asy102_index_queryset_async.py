# corpus: vulnerable ASY102
from django.db import models
from django.http import JsonResponse


class Coupon(models.Model):
    code = models.CharField(max_length=20, unique=True)
    percent = models.IntegerField()


async def best_coupon(request):
    best = Coupon.objects.order_by("-percent")[0]
    return JsonResponse({"code": best.code})
