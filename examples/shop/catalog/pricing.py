"""Price changes for the back office: a percentage on every active product of a category."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .models import Category, Product

CENT = Decimal("0.01")


def reprice_category(category: Category, percent: Decimal) -> int:
    """Raise (or lower, with a negative `percent`) the price of the category's active products."""
    factor = 1 + percent / 100
    changed = 0
    for product in Product.objects.filter(category=category, is_active=True):
        product.price = (product.price * factor).quantize(CENT, rounding=ROUND_HALF_UP)
        product.save(update_fields=["price"])
        changed += 1
    return changed
