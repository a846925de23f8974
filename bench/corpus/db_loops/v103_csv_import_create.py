# corpus: vulnerable DB103
import csv

from crm.models import Contact
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        with open(options["path"], newline="") as handle:
            for row in csv.DictReader(handle):
                Contact.objects.create(name=row["name"], email=row["email"].lower())
