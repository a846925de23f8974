# corpus: safe REL115
from shop.models import Order, OrderLine


def create_order_model(user, lines):
    order = Order.objects.create(customer=user)
    OrderLine.objects.bulk_create(OrderLine(order=order, **line) for line in lines)
    return order
