# corpus: vulnerable DB105
from .models import Order


def customers_with_status(status):
    return {order.customer_id for order in Order.objects.filter(status=status)}
