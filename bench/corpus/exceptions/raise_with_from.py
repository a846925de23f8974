# corpus: safe REL104
from decimal import Decimal, InvalidOperation

from rest_framework.exceptions import ValidationError


def parse_amount(raw):
    try:
        return Decimal(raw)
    except InvalidOperation as err:
        raise ValidationError({"amount": "must be a number"}) from err
