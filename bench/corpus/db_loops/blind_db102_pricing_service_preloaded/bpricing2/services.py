from .models import PriceOverride


def overrides_for(lines):
    pairs = PriceOverride.objects.filter(
        product_id__in={line.product_id for line in lines},
        customer_id__in={line.customer_id for line in lines},
    )
    return {(o.product_id, o.customer_id): o.amount for o in pairs}


def unit_price(line, overrides):
    return overrides.get((line.product_id, line.customer_id), line.product_price)
