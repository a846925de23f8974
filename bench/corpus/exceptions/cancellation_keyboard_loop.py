# corpus: vulnerable REL105
import logging
import time

logger = logging.getLogger(__name__)


def poll_forever(source):
    while True:
        try:
            source.poll()
            time.sleep(1)
        except KeyboardInterrupt:
            logger.info("ignoring Ctrl-C while polling")
