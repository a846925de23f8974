from django.db import models


class Address(models.Model):
    city = models.CharField(max_length=80)
    country = models.CharField(max_length=2)


class Carrier(models.Model):
    name = models.CharField(max_length=80)


class Shipment(models.Model):
    tracking = models.CharField(max_length=40, unique=True)
    status = models.CharField(max_length=20, db_index=True)
    destination = models.ForeignKey(Address, on_delete=models.PROTECT)
    carrier = models.ForeignKey(Carrier, on_delete=models.PROTECT)
