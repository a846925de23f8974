from django.db import models


class SalesRep(models.Model):
    name = models.CharField(max_length=120)


class Deal(models.Model):
    title = models.CharField(max_length=200)
    rep = models.ForeignKey(SalesRep, on_delete=models.PROTECT)
    value = models.DecimalField(max_digits=12, decimal_places=2)
