from django.db import models
from django.db.models import Sum


class Customer(models.Model):
    name = models.CharField(max_length=120)
    vip = models.BooleanField(default=False)

    def lifetime_value(self):
        return self.payments.aggregate(total=Sum("amount"))["total"] or 0


class Payment(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="payments")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
