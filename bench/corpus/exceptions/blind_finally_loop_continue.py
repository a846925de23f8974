# corpus: safe REL106
# The `continue` belongs to a loop that lives entirely inside the finally block.
import logging

logger = logging.getLogger(__name__)


class Worker:
    def __init__(self):
        self.cleanup_hooks = []

    def process(self, job):
        try:
            return job.run()
        finally:
            for hook in self.cleanup_hooks:
                try:
                    hook(job)
                except Exception:
                    logger.exception("cleanup hook %r failed", hook)
                    continue
