# corpus: safe DB105
from django.db import models


class Coupon(models.Model):
    code = models.CharField(max_length=20, unique=True)
    active = models.BooleanField(default=True)


def active_coupons_or_none():
    coupons = Coupon.objects.filter(active=True).order_by("code")
    if coupons:  # evaluates once; list() below reads the cache
        return list(coupons)
    return None
