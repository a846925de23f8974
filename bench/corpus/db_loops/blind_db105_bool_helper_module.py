# corpus: vulnerable DB105
from django.db import models


class Coupon(models.Model):
    code = models.CharField(max_length=20, unique=True)
    active = models.BooleanField(default=True)


def has_active_coupons():
    return bool(Coupon.objects.filter(active=True))
