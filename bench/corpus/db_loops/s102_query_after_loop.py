# corpus: safe DB102
from shipping.models import Parcel


def parcels_for(orders):
    ids = []
    for order in orders:
        if order.needs_shipping:
            ids.append(order.pk)
    return Parcel.objects.filter(order_id__in=ids).select_related("carrier")
