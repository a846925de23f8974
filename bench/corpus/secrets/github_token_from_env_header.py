# corpus: safe SEC401
import os

import requests

GITHUB_API = "https://api.github.com"
GH_TOKEN = os.environ["GH_TOKEN"]
TOKEN_PREFIX = "ghp_"  # used to sanity-check what the operator configured


def open_issue(repo: str, title: str) -> dict:
    if not GH_TOKEN.startswith(TOKEN_PREFIX):
        raise RuntimeError("GH_TOKEN is not a personal access token")
    response = requests.post(
        f"{GITHUB_API}/repos/{repo}/issues",
        json={"title": title},
        headers={"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()
