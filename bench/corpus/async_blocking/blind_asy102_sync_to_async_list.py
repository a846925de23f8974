# corpus: safe ASY102
from asgiref.sync import sync_to_async
from django.db import models
from django.http import JsonResponse


class Coupon(models.Model):
    code = models.CharField(max_length=20, unique=True)
    percent = models.IntegerField()


async def coupons(request):
    rows = await sync_to_async(list)(Coupon.objects.values("code", "percent")[:100])
    return JsonResponse({"coupons": rows})
