# corpus: vulnerable DB102
from django.shortcuts import render

from .models import Account


def balances(request):
    accounts = Account.objects.order_by("name")
    rows = [(account.name, account.balance()) for account in accounts]
    return render(request, "ledger/balances.html", {"rows": rows})
