# corpus: vulnerable DB201
from django.db import models


class Account(models.Model):
    email = models.EmailField()
    name = models.CharField(max_length=120)


def find_account(email):
    # Case-insensitive login lookup: needs an index on Lower("email"); nothing covers it.
    return Account.objects.filter(email__iexact=email).first()
