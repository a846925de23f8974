# corpus: vulnerable REL107
from django.shortcuts import redirect, render


def checkout(request, cart_id, gateway):
    cart = request.user.carts.get(pk=cart_id)
    try:
        order = cart.to_order()
        for line in cart.lines.all():
            order.lines.create(product=line.product, quantity=line.quantity)
        token = request.POST["token"]
        charge = gateway.charge(order.total, token=token)
        order.charge_id = charge.id
        order.save()
        cart.delete()
        order.send_receipt()
        order.notify_warehouse()
        response = redirect("order-detail", order.pk)
    except Exception:
        return render(request, "checkout_failed.html", {"reason": "payment declined"})
    return response
