# corpus: safe SEC106
from django.shortcuts import redirect


def reorder(request):
    order_id = int(request.POST["order_id"])
    return redirect(f"/orders/{order_id}/")
