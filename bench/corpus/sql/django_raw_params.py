# corpus: safe SEC101
from catalog.models import Product
from django.db.models.expressions import RawSQL
from django.http import JsonResponse


def search(request):
    q = request.GET.get("q", "")
    boost = request.GET.get("boost", "1")
    products = Product.objects.raw("SELECT * FROM catalog_product WHERE name ILIKE %s", [f"%{q}%"])
    ranked = Product.objects.annotate(score=RawSQL("popularity * %s", (boost,)))
    return JsonResponse({"ids": [p.id for p in products], "ranked": ranked.count()})
