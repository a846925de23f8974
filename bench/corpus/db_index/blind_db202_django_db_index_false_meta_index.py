# corpus: safe DB202
from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=120)


class Order(models.Model):
    # The composite index below leads with customer, so the single-column one is redundant.
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, db_index=False)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["customer", "-created"], name="order_customer_created")]
