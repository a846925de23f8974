from django.db import models


class Country(models.Model):
    code = models.CharField(max_length=2, unique=True)
    vat = models.DecimalField(max_digits=5, decimal_places=2)
