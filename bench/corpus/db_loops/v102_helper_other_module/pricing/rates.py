from .models import ExchangeRate


def convert(amount, currency):
    rate = ExchangeRate.objects.filter(currency=currency).latest("date")
    return amount * rate.rate
