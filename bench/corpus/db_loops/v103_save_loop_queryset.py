# corpus: vulnerable DB103
from decimal import Decimal

from catalog.models import Product


def apply_discount(category_id, percent):
    for product in Product.objects.filter(category_id=category_id):
        product.price = product.price * (100 - Decimal(percent)) / 100
        product.save(update_fields=["price"])
