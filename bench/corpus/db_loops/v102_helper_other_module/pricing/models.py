from django.db import models


class ExchangeRate(models.Model):
    currency = models.CharField(max_length=3, db_index=True)
    rate = models.DecimalField(max_digits=12, decimal_places=6)
    date = models.DateField()
