# corpus: safe REL104
import requests
from celery import shared_task


@shared_task(bind=True, max_retries=5)
def sync_shipment(self, shipment_id):
    try:
        response = requests.get(f"https://carrier.example.com/shipments/{shipment_id}", timeout=10)
        response.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=2**self.request.retries)
    return response.json()
