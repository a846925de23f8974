# corpus: safe SEC210
import random

PALETTE = ["#e11d48", "#2563eb", "#16a34a"]


def label_for(tag) -> dict:
    return {"name": tag.name, "color": random.choice(PALETTE)}
