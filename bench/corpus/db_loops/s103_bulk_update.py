# corpus: safe DB103
from decimal import Decimal

from catalog.models import Product


def apply_discount(category_id, percent):
    products = list(Product.objects.filter(category_id=category_id))
    for product in products:
        product.price = product.price * (100 - Decimal(percent)) / 100
    Product.objects.bulk_update(products, ["price"], batch_size=500)
