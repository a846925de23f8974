# corpus: vulnerable DB102
from billing.models import Invoice, Subscription
from celery import shared_task


@shared_task
def invoice_active_customers(customer_ids):
    for customer_id in customer_ids:
        if not Subscription.objects.filter(customer_id=customer_id, active=True).exists():
            continue
        Invoice.objects.create_for_period(customer_id)
