from .models import Shipment


def shipments_in_status(status):
    return (
        Shipment.objects.filter(status=status)
        .select_related("destination", "carrier")
        .order_by("id")
    )
