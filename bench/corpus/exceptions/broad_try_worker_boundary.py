# corpus: safe REL107
import logging

logger = logging.getLogger(__name__)


def run_job(job):
    """The worker's catch-all: any failure marks the job failed."""
    try:
        data = job.load()
        parsed = job.parse(data)
        for item in parsed:
            job.store(item)
        job.flush()
        job.mark_done()
        job.notify()
        job.cleanup()
        job.close()
        job.report()
    except Exception:
        return False
    return True
