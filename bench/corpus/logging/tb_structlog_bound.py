# corpus: vulnerable REL108
"""structlog: a bound logger's error event without exc_info."""

import structlog

from .importer import ImportFailed, import_feed

log = structlog.get_logger()


def refresh_feeds(feeds):
    failed = []
    for feed in feeds:
        bound = log.bind(feed=feed.url)
        try:
            import_feed(feed)
        except ImportFailed:
            bound.error("feed_import_failed")
            failed.append(feed)
    return failed
