# corpus: safe SEC308
import django
from django.core import management


def start():
    django.setup()
    management.call_command("runserver", "127.0.0.1:8000")
    management.call_command("collectstatic", "--noinput")
