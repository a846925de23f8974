# corpus: safe REL117
from accounts.models import Account
from django.db import transaction


def lock_account(pk):
    return Account.objects.select_for_update().get(pk=pk)


def withdraw(pk, amount):
    with transaction.atomic():
        account = lock_account(pk)
        account.balance -= amount
        account.save()
