# corpus: vulnerable REL116
from django.core.mail import send_mail
from django.db import transaction


@transaction.atomic
def confirm(order):
    order.status = "confirmed"
    order.save()
    send_mail("Order confirmed", f"Order {order.pk}", None, [order.email])
