# corpus: vulnerable SEC401
import requests

GITHUB_API = "https://api.github.com"
GH_TOKEN = "ghp_9udvMkELYctWJxBHvQdcB55OGlyi5J7h9Gae"


def open_issue(repo: str, title: str) -> dict:
    response = requests.post(
        f"{GITHUB_API}/repos/{repo}/issues",
        json={"title": title},
        headers={"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()
