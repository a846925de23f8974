# corpus: safe REL114
import logging

log = logging.getLogger(__name__)


def consume(queue, handler):
    while True:
        message = queue.get()
        try:
            handler(message)
        except Exception:
            log.exception("failed to handle %s", message.id)
        finally:
            queue.task_done()
