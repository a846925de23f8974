from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Product


def serialize_product(product: Product) -> dict[str, object]:
    return {
        "sku": product.sku,
        "name": product.name,
        "category": product.category.slug,
        "price": str(product.price),
        "in_stock": product.in_stock,
    }


@require_GET
def product_list(request: HttpRequest) -> JsonResponse:
    products = Product.objects.filter(is_active=True).select_related("category")
    category = request.GET.get("category")
    if category:
        products = products.filter(category__slug=category)
    return JsonResponse({"products": [serialize_product(product) for product in products]})


@require_GET
def product_detail(request: HttpRequest, sku: str) -> JsonResponse:
    product = get_object_or_404(Product.objects.select_related("category"), sku=sku, is_active=True)
    data = serialize_product(product)
    data["description"] = product.description
    return JsonResponse(data)
