# corpus: vulnerable SEC212
from django.shortcuts import redirect, render
from django.views.decorators import csrf

from .forms import TransferForm


@csrf.csrf_exempt
def transfer(request):
    if request.method == "POST":
        form = TransferForm(request.POST)
        if form.is_valid():
            form.save()
            return redirect("done")
    return render(request, "transfer.html", {"form": TransferForm()})
