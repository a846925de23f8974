# corpus: safe DB201
from django.db import models


class Newsletter(models.Model):
    email = models.EmailField(unique=True)
    confirmed = models.BooleanField(default=False)


def confirmed_emails():
    # A boolean column: an index would not be selective; the unique email index is irrelevant.
    return list(Newsletter.objects.filter(confirmed=True).values_list("email", flat=True))
