# corpus: safe DB101
from .models import OrderLine


def line_labels():
    lines = OrderLine.objects.select_related()
    return [f"{line.order.customer.name}: {line.product.title}" for line in lines]
