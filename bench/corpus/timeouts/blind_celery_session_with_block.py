# corpus: vulnerable REL101
import requests
from celery import shared_task

CRM_URL = "https://crm.internal.example.com/api"


@shared_task(bind=True, max_retries=3)
def push_contacts(self, contacts):
    with requests.Session() as http:
        http.headers.update({"Authorization": "Bearer service-token"})
        for contact in contacts:
            http.put(f"{CRM_URL}/contacts/{contact['id']}", json=contact)
