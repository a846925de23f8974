# corpus: vulnerable SEC101
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from shop.models import Product


def ranked_products(request):
    boost = request.GET.get("boost", "1")
    products = Product.objects.annotate(score=RawSQL(f"popularity * {boost}", [])).order_by(
        "-score"
    )
    return JsonResponse({"ids": list(products.values_list("id", flat=True))})
