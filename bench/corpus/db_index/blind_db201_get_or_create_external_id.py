# corpus: vulnerable DB201
from django.db import models


class Customer(models.Model):
    stripe_id = models.CharField(max_length=64)
    email = models.EmailField()


def customer_for_stripe(event):
    customer, _ = Customer.objects.get_or_create(
        stripe_id=event["customer"], defaults={"email": event["email"]}
    )
    return customer
