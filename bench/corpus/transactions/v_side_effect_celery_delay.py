# corpus: vulnerable REL116
from billing.tasks import charge
from django.db import transaction


def checkout(cart):
    with transaction.atomic():
        order = cart.to_order()
        order.save()
        charge.delay(order.pk)
    return order
