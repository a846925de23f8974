# corpus: vulnerable SEC308
import django
from django.core import management


def start():
    django.setup()
    management.call_command("runserver", "0.0.0.0:8000")
