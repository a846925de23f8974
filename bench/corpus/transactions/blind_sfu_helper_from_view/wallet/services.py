# corpus: vulnerable REL117
from .models import Wallet


def lock_wallet(user_id):
    return Wallet.objects.select_for_update().get(user_id=user_id)


def debit(user_id, amount):
    wallet = lock_wallet(user_id)
    wallet.balance -= amount
    wallet.save(update_fields=["balance"])
    return wallet
