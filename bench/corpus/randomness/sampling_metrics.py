# corpus: safe SEC210
import random

SAMPLE_RATE = 0.05


def should_trace(request_token: str) -> bool:
    return random.random() < SAMPLE_RATE
