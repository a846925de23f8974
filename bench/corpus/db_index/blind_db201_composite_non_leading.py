# corpus: vulnerable DB201
from django.db import models


class Voucher(models.Model):
    tenant = models.CharField(max_length=40)
    code = models.CharField(max_length=20)
    value = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tenant", "code"], name="uniq_tenant_code")]


def redeem(code):
    voucher = Voucher.objects.get(code=code)
    return voucher.value
