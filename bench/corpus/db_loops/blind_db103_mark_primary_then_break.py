# corpus: safe DB103
from django.db import models


class Address(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="addresses")
    primary = models.BooleanField(default=False)
    verified = models.BooleanField(default=False)


def promote_first_verified(user):
    user.addresses.update(primary=False)
    for address in user.addresses.order_by("id"):
        if address.verified:
            address.primary = True
            address.save(update_fields=["primary"])
            break
