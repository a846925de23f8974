# corpus: vulnerable REL110
"""Celery's `tasks.py` is application code even though invoke uses the same file name."""

from celery import shared_task

from .models import Order


@shared_task
def cancel_stale_orders():
    stale = Order.objects.stale()
    print(f"cancelling {stale.count()} orders")
    stale.update(status="cancelled")
