# corpus: safe REL109
"""A template shared by the log call (lazy) and a notification (formatted once, on purpose)."""

import logging

logger = logging.getLogger(__name__)


def report_failure(job, notify):
    message = "job %s failed after %d attempts"
    logger.error(message, job.name, job.attempts)
    notify(message % (job.name, job.attempts))
