# corpus: safe DB105
import csv

from .models import Order


def export(customer, handle):
    writer = csv.writer(handle)
    for order in Order.objects.filter(customer=customer):
        writer.writerow([order.reference, order.status, order.total])
