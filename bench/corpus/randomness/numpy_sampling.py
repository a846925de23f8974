# corpus: safe SEC210
import numpy as np


def bootstrap_means(values: list[float], rounds: int = 1000) -> list[float]:
    rng = np.random.default_rng()
    return [float(rng.choice(values, size=len(values)).mean()) for _ in range(rounds)]
