# corpus: vulnerable ASY102
from django.db import models
from ninja import Router

router = Router()


class Coupon(models.Model):
    code = models.CharField(max_length=20, unique=True)
    percent = models.IntegerField()


@router.get("/coupons/{code}")
async def coupon(request, code: str):
    c = Coupon.objects.filter(code=code).first()
    return {"code": code, "percent": c.percent if c else 0}
