# corpus: safe REL107
from django.shortcuts import redirect, render


def checkout(request, cart_id, gateway):
    cart = request.user.carts.get(pk=cart_id)
    order = cart.to_order()
    try:
        charge = gateway.charge(order.total, token=request.POST["token"])
    except Exception:
        return render(request, "checkout_failed.html", {"reason": "payment declined"})
    order.charge_id = charge.id
    order.save()
    return redirect("order-detail", order.pk)
