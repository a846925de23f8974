# corpus: safe REL103
import sentry_sdk
from celery import shared_task

from .search import index_document


@shared_task
def reindex(doc_id):
    try:
        index_document(doc_id)
    except Exception:
        sentry_sdk.capture_exception()
        return False
    return True
