# corpus: vulnerable DB101
from django.db import models
from django.db.models import Prefetch


class Product(models.Model):
    name = models.CharField(max_length=120)


class Order(models.Model):
    reference = models.CharField(max_length=20, unique=True)


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    position = models.PositiveIntegerField()
    quantity = models.PositiveIntegerField()


def packing_slips(order_ids):
    orders = Order.objects.filter(pk__in=order_ids).prefetch_related(
        Prefetch("lines", queryset=OrderLine.objects.order_by("position"))
    )
    slips = []
    for order in orders:
        body = [f"{line.quantity} x {line.product.name}" for line in order.lines.all()]
        slips.append((order.reference, body))
    return slips
