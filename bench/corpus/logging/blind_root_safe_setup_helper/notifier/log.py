# corpus: safe REL112
# A named logger for the library, and a setup helper the application chooses to call.
import logging

logger = logging.getLogger(__name__)


def configure_logging(level=logging.INFO):
    logging.basicConfig(level=level, format="%(asctime)s %(name)s %(levelname)s %(message)s")


def notify(channel, text):
    logger.info("notifying %s", channel)
    return channel.send(text)
