# corpus: safe DB102
from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print the number of rows of every model."

    def handle(self, *args, **options):
        for model in apps.get_models():
            self.stdout.write(f"{model._meta.label}: {model.objects.count()}")
