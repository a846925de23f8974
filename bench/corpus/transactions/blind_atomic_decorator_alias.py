# corpus: safe REL115
from django.db.transaction import atomic as in_transaction

from .models import Ledger, Transfer


@in_transaction
def record_transfer(source, target, amount):
    Transfer.objects.create(source=source, target=target, amount=amount)
    Ledger.objects.filter(account=source).update(balance=source.balance - amount)
    Ledger.objects.filter(account=target).update(balance=target.balance + amount)
