# corpus: vulnerable DB105
from .models import Coupon


def has_unused(codes):
    if Coupon.objects.filter(code__in=codes, used=False):  # noqa: SIM103
        return True
    return False
