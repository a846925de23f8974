# corpus: vulnerable SEC307
import requests


def sync_users(users):
    with requests.Session() as http:
        for user in users:
            http.put(
                f"https://directory.internal/users/{user.id}",
                json=user.to_dict(),
                verify=False,
                timeout=5,
            )
