# corpus: vulnerable REL103
from celery import shared_task


@shared_task
def refresh_exchange_rates(client_factory):
    client = client_factory()
    try:
        rates = client.fetch_rates()
    except Exception:
        rates = {}
    store(rates)


def store(rates):
    return rates
