# corpus: vulnerable REL119
# Pagination: the `break` ends the walk on an empty page, not a failover on first success.
import itertools

import requests


def all_tickets(base_url, token):
    tickets = []
    for page in itertools.count(1):
        response = requests.get(
            f"{base_url}/tickets",
            params={"page": page},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        batch = response.json()["results"]
        if not batch:
            break
        tickets.extend(batch)
    return tickets
