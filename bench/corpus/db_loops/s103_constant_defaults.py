# corpus: safe DB103
from billing.models import Plan
from django.core.management.base import BaseCommand

DEFAULT_PLANS = (("free", 0), ("pro", 1900), ("team", 4900))


class Command(BaseCommand):
    def handle(self, *args, **options):
        for code, price in DEFAULT_PLANS:
            Plan.objects.get_or_create(code=code, defaults={"price_cents": price})
