# corpus: vulnerable REL108
"""A Celery task logs through the task logger and retries later without the traceback."""

from celery import shared_task
from celery.utils.log import get_task_logger

from .mail import SmtpError, send_digest

logger = get_task_logger(__name__)


@shared_task(bind=True)
def weekly_digest(self, user_id):
    try:
        send_digest(user_id)
    except SmtpError as e:
        logger.error("digest for user %s failed: %s" % (user_id, e))
        self.apply_async(countdown=600)
