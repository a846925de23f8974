# corpus: safe REL103
from django.core.cache import cache

from .models import Product


def product_summary(product_id):
    summary = Product.objects.values("id", "name", "price").get(pk=product_id)
    try:
        cache.set(f"product:{product_id}", summary, 300)
    except Exception:
        # Caching is best-effort: the database stays the source of truth.
        pass
    return summary
