# corpus: safe DB105
from .models import Order


def reference_count(references):
    wanted = [r.strip() for r in references if r.strip()]
    if len(wanted) > 100:
        raise ValueError("too many references")
    return Order.objects.filter(reference__in=wanted).count()
