# corpus: vulnerable SEC210
import random
import string

from django.db import models


def generate_activation_key() -> str:
    return "".join(random.sample(string.ascii_letters + string.digits, 30))


class Profile(models.Model):
    activation_key = models.CharField(max_length=30, default=generate_activation_key)
