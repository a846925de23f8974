# corpus: safe REL115
from django.core.cache import cache
from shop.models import Product


def update_price(product: Product, price):
    product.price = price
    product.save(update_fields=["price"])
    cache.delete(f"product:{product.pk}")
