# corpus: vulnerable REL114
import logging

import pika

log = logging.getLogger(__name__)


def connect(params):
    while True:
        try:
            return pika.BlockingConnection(params)
        except pika.exceptions.AMQPConnectionError:
            log.warning("broker unavailable, retrying")
            continue
