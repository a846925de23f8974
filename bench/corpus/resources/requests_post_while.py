# corpus: vulnerable REL119
from requests import post


def flush(buffer, endpoint):
    while buffer:
        batch = [buffer.pop() for _ in range(min(100, len(buffer)))]
        post(endpoint, json=batch, timeout=10)
