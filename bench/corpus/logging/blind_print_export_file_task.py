# corpus: safe REL110
# print(file=fh) writes the export file, not the console.
import tempfile

from celery import shared_task

from .models import Order
from .storage import upload


@shared_task
def export_orders(day):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        print("id,total,status", file=fh)
        for order in Order.objects.filter(created__date=day):
            print(f"{order.pk},{order.total},{order.status}", file=fh)
    return upload(fh.name, f"exports/orders-{day}.csv")
