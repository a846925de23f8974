import requests
from django.core.files.base import ContentFile
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from .models import Product
from .search import search_products


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


@require_GET
def product_search(request: HttpRequest) -> JsonResponse:
    term = request.GET.get("q", "").strip()
    sort = request.GET.get("sort", "name")
    return JsonResponse({"results": search_products(term, sort)})


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """The HTML search page: the template echoes the search term back to the shopper."""
    term = request.GET.get("q", "").strip()
    context = {"term": term, "results": search_products(term, "name")}
    return render(request, "catalog/search_results.html", context)


@require_POST
def import_product_image(request: HttpRequest, sku: str) -> JsonResponse:
    """Staff tool: copy a supplier's product photo into our storage."""
    product = get_object_or_404(Product, sku=sku)
    image_url = request.POST["image_url"]
    response = requests.get(image_url, timeout=10)
    response.raise_for_status()
    product.image.save(f"{product.sku}.jpg", ContentFile(response.content))
    return JsonResponse({"image": product.image.url})
