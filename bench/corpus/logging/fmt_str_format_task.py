# corpus: vulnerable REL109
"""`.format()` in a Celery task's log message."""

from celery import shared_task
from celery.utils.log import get_task_logger

from .exports import export_rows

logger = get_task_logger(__name__)


@shared_task
def nightly_export(account_id):
    rows = export_rows(account_id)
    logger.info("exported {} rows for account {}".format(len(rows), account_id))
    return len(rows)
