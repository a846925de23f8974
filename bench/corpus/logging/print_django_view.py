# corpus: vulnerable REL110
"""A debugging print left in a Django view."""

from django.http import JsonResponse

from .models import Cart


def cart_total(request):
    cart = Cart.objects.get(owner=request.user)
    print("cart", cart.pk, cart.total())
    return JsonResponse({"total": str(cart.total())})
