# corpus: safe DB103
import csv

from crm.models import Contact


def import_contacts(path):
    with open(path, newline="") as handle:
        contacts = [
            Contact(name=row["name"], email=row["email"].lower()) for row in csv.DictReader(handle)
        ]
    Contact.objects.bulk_create(contacts, batch_size=500)
