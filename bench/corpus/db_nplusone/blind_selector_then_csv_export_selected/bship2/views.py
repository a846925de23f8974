# corpus: safe DB101
import csv

from django.http import HttpResponse

from .selectors import shipments_in_status


def export_shipments(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["tracking", "city", "country", "carrier"])
    for shipment in shipments_in_status(request.GET.get("status", "in_transit")):
        writer.writerow(
            [
                shipment.tracking,
                shipment.destination.city,
                shipment.destination.country,
                shipment.carrier.name,
            ]
        )
    return response
