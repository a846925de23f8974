# corpus: safe SEC210
import random


def simulate_queue(customers: int, seed: int = 42) -> list[float]:
    rng = random.Random(seed)
    return [rng.expovariate(1.5) + rng.uniform(0, 1) for _ in range(customers)]
