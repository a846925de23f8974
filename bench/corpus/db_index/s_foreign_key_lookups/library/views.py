# corpus: safe DB201
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Loan, Shelf


@login_required
def my_loans(request):
    loans = Loan.objects.filter(borrower=request.user, returned=False)[:100]
    shelves = Shelf.objects.filter(owner_id=request.user.pk)[:100]
    lent = Loan.objects.filter(shelf__owner=request.user)[:100]
    return render(request, "library/loans.html", {"loans": loans, "shelves": shelves, "lent": lent})
