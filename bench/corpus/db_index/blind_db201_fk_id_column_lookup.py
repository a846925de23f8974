# corpus: safe DB201
from django.db import models


class Order(models.Model):
    customer = models.ForeignKey("crm.Customer", on_delete=models.CASCADE)
    total = models.DecimalField(max_digits=12, decimal_places=2)


def orders_for(customer_id):
    return Order.objects.filter(customer_id=customer_id).order_by("-id")[:20]
