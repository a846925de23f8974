# corpus: safe DB201
from django.db import models
from django.db.models.functions import Lower


class Account(models.Model):
    email = models.EmailField()
    name = models.CharField(max_length=120)

    class Meta:
        indexes = [models.Index(Lower("email"), name="account_email_lower")]


def find_account(email):
    return Account.objects.filter(email__iexact=email).first()
