# corpus: safe DB101
from .models import Order


def customer_names():
    rows = Order.objects.filter(status="paid").values("id", "customer__name")
    return [(row["id"], row["customer__name"]) for row in rows]
