# corpus: vulnerable REL112
"""The root logger's `warning` imported under another name."""

import time
from logging import warning as warn_root


def with_retries(func, attempts=3):
    for attempt in range(attempts):
        try:
            return func()
        except ConnectionError:
            warn_root("attempt %d failed", attempt + 1)
            time.sleep(2**attempt)
    return func()
