# corpus: safe REL114
import logging
import time

import pika

log = logging.getLogger(__name__)


def connect(params, max_delay=60):
    delay = 1
    while True:
        try:
            return pika.BlockingConnection(params)
        except pika.exceptions.AMQPConnectionError:
            log.warning("broker unavailable, retrying in %ss", delay)
            time.sleep(delay)
            delay = min(delay * 2, max_delay)
