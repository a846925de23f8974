# corpus: safe REL103
import sentry_sdk
from celery import shared_task


@shared_task
def sync_crm(contact_id, client):
    try:
        client.push(contact_id)
    except Exception as exc:
        sentry_sdk.capture_exception(exc)
