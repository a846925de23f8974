# corpus: vulnerable DB102
from django.core.mail import send_mail
from django.db import models


class SiteSettings(models.Model):
    from_email = models.EmailField()


class Subscriber(models.Model):
    email = models.EmailField(unique=True)
    confirmed = models.BooleanField(default=False)


def send_newsletter(subject, body):
    for sub in Subscriber.objects.filter(confirmed=True).iterator():
        sender = SiteSettings.objects.first().from_email  # same row for every subscriber
        send_mail(subject, body, sender, [sub.email])
