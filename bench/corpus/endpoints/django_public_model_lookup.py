# corpus: safe SEC216
from catalog.models import Product
from django.shortcuts import get_object_or_404, render


def product_list(request):
    return render(request, "catalog/list.html", {"products": Product.objects.filter(active=True)})


def product_detail(request, pk):
    product = get_object_or_404(Product, pk=pk)
    return render(request, "catalog/detail.html", {"product": product})
