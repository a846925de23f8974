# corpus: safe REL104
import logging

logger = logging.getLogger(__name__)


def commit(session):
    try:
        session.commit()
    except Exception as err:
        session.rollback()
        logger.warning("commit failed: %s", err)
        raise err
