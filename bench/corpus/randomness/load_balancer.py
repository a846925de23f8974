# corpus: safe SEC210
import random

BACKENDS = ["10.0.0.1", "10.0.0.2", "10.0.0.3"]


def pick_backend(session_affinity: dict, client_id: str) -> str:
    backend = session_affinity.get(client_id) or random.choice(BACKENDS)
    session_affinity[client_id] = backend
    return backend
