# corpus: vulnerable DB103
from warehouse.models import StockLevel


def sync_stock(feed):
    """`feed` maps SKUs to the quantity the supplier reports."""
    for sku, quantity in feed.items():
        StockLevel.objects.filter(sku=sku).update(quantity=quantity)
