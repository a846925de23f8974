from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=120)
    vip = models.BooleanField(default=False)

    def lifetime_value(self):
        # Set by Customer.objects.with_ltv(); no query here.
        return self.ltv or 0


class Payment(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="payments")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
