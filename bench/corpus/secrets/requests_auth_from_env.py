# corpus: safe SEC401
import os

import requests

JENKINS = "https://ci.internal/job/deploy/buildWithParameters"
AUTH_SCHEME = "basic"


def trigger(ref: str) -> int:
    auth = (os.environ["JENKINS_USER"], os.environ["JENKINS_TOKEN"])
    response = requests.post(JENKINS, params={"REF": ref}, auth=auth, timeout=10)
    return response.status_code
