# corpus: vulnerable SEC401
import requests

JENKINS = "https://ci.internal/job/deploy/buildWithParameters"


def trigger(ref: str) -> int:
    response = requests.post(
        JENKINS, params={"REF": ref}, auth=("deploy-bot", "Jk8#pW2!mQ5z"), timeout=10
    )
    return response.status_code
