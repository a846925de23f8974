# corpus: vulnerable DB102
from promotions.models import Coupon


def resolve_coupons(codes):
    """Turn the codes typed at checkout into coupons (None for unknown codes)."""
    return [Coupon.objects.filter(code__iexact=code.strip()).first() for code in codes]
