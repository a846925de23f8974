# corpus: safe DB103
from catalog.models import Product
from django.db.models import F


def apply_discount(category_id, percent):
    Product.objects.filter(category_id=category_id).update(price=F("price") * (100 - percent) / 100)
