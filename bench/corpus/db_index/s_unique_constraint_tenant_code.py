# corpus: safe DB201
from django.db import models


class Voucher(models.Model):
    tenant = models.CharField(max_length=40)
    code = models.CharField(max_length=20)
    amount = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tenant", "code"], name="uniq_voucher_code_per_tenant")
        ]


def find_voucher(tenant, code):
    return Voucher.objects.filter(tenant=tenant, code=code).first()
