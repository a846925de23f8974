# corpus: vulnerable DB104
from django.contrib.auth.decorators import login_required
from django.db import models
from django.shortcuts import render


class Transaction(models.Model):
    account = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    booked = models.DateField()


@login_required
def statement(request):
    # Grows forever: years of transactions for an active account.
    txs = Transaction.objects.filter(account=request.user).order_by("-booked")
    return render(request, "bank/statement.html", {"transactions": txs})
