import logging

audit_log = logging.getLogger("audit")


def record(action: str, detail: str) -> None:
    audit_log.info("%s: %s", action, detail)
