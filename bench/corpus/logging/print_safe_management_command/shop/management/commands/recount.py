# corpus: safe REL110
"""A management command's output is for the operator at the terminal."""

from django.core.management.base import BaseCommand

from shop.models import Product


class Command(BaseCommand):
    help = "Recount stock for every product"

    def handle(self, *args, **options):
        for product in Product.objects.all():
            product.recount()
            print(product.sku, product.stock)
