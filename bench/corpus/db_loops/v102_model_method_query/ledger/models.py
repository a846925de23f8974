from django.db import models
from django.db.models import Sum


class Account(models.Model):
    name = models.CharField(max_length=100)

    def balance(self):
        return Entry.objects.filter(account=self).aggregate(total=Sum("amount"))["total"] or 0


class Entry(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
