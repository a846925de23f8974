from .models import Shipment


def shipments_in_status(status):
    return Shipment.objects.filter(status=status).order_by("id")
