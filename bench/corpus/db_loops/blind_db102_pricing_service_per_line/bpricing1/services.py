from .models import PriceOverride


def unit_price(line):
    override = PriceOverride.objects.filter(
        product_id=line.product_id, customer_id=line.customer_id
    ).first()
    return override.amount if override else line.product_price
