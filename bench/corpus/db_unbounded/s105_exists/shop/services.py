# corpus: safe DB105
from .models import Order


def can_delete_customer(customer):
    return not Order.objects.filter(customer=customer, status="pending").exists()
