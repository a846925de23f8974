# corpus: vulnerable REL109
"""The module-level `logging.info` with an f-string (an alias import)."""

from logging import info as log_info

from .sync import fetch_changes


def sync_calendar(calendar):
    changes = fetch_changes(calendar)
    log_info(f"calendar {calendar.id}: {len(changes)} changes")
    return changes
