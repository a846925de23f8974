# corpus: vulnerable DB105
from django.core.mail import send_mass_mail

from .models import Customer


def announce(subject, body):
    emails = [c.email for c in Customer.objects.filter(active=True)]
    send_mass_mail([(subject, body, None, [email]) for email in emails])
