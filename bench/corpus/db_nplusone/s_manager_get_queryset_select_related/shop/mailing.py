# corpus: safe DB101
from .models import Order


def reminder_addresses():
    return [order.customer.email for order in Order.objects.filter(status="open")]
