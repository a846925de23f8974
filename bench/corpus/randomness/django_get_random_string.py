# corpus: safe SEC210
import random

from django.db import models
from django.utils.crypto import get_random_string


def generate_activation_key() -> str:
    return get_random_string(30)


class Profile(models.Model):
    activation_key = models.CharField(max_length=30, default=generate_activation_key)
    avatar_variant = models.IntegerField(default=lambda: random.randint(1, 8))
