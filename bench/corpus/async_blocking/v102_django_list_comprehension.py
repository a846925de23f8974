# corpus: vulnerable ASY102
from django.http import JsonResponse
from inventory.models import Product


async def product_feed(request):
    products = Product.objects.filter(active=True).order_by("-created")[:50]
    return JsonResponse({"items": [{"sku": p.sku, "price": str(p.price)} for p in products]})
