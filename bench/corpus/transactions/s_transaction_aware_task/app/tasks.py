# corpus: safe REL116
from django.db import transaction

from app.celery import TransactionAwareTask, app


@app.task(base=TransactionAwareTask)
def send_receipt(order_id):
    return order_id


def pay(order):
    with transaction.atomic():
        order.paid = True
        order.save()
        send_receipt.apply_async(args=[order.pk])
