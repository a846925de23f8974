# corpus: safe REL116
from functools import partial

from django.core.mail import send_mail
from django.db import transaction


@transaction.atomic
def confirm(order):
    order.status = "confirmed"
    order.save()
    transaction.on_commit(partial(send_mail, "Confirmed", "body", None, [order.email]))
