# corpus: safe REL114
import secrets

from django.db import IntegrityError, transaction


def create_short_link(model, url):
    while True:
        code = secrets.token_urlsafe(6)
        try:
            with transaction.atomic():
                return model.objects.create(code=code, url=url)
        except IntegrityError:
            continue
