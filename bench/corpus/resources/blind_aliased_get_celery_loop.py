# corpus: vulnerable REL119
from celery import shared_task
from requests import get as http_get

from .models import Store


@shared_task
def refresh_store_hours():
    for store in Store.objects.filter(active=True):
        response = http_get(f"https://places.example.com/v1/{store.place_id}", timeout=5)
        store.hours = response.json()["opening_hours"]
        store.save(update_fields=["hours"])
