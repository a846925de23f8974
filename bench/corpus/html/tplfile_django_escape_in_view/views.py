# corpus: safe SEC111
from django.shortcuts import render
from django.utils.html import escape

from .models import Product


def search(request):
    query = request.GET.get("q", "").strip()
    products = Product.objects.filter(name__icontains=query)[:50] if query else []
    return render(
        request,
        "catalog/search.html",
        {"query": escape(query), "products": products, "total": len(products)},
    )
