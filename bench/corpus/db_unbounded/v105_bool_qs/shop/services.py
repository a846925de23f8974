# corpus: vulnerable DB105
from .models import Customer


def has_active_customers():
    return bool(Customer.objects.filter(active=True))
