# corpus: safe DB202
from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=120)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    total = models.DecimalField(max_digits=12, decimal_places=2)
