# corpus: safe SEC401
import json
import os
import urllib.request

ALERT_HOOK = os.environ.get("SLACK_WEBHOOK_URL", "")
SLACK_HOOK_HOST = "https://hooks.slack.com/services/"


def alert(text: str) -> None:
    if not ALERT_HOOK.startswith(SLACK_HOOK_HOST):
        return
    body = json.dumps({"text": text}).encode()
    request = urllib.request.Request(
        ALERT_HOOK, data=body, headers={"Content-Type": "application/json"}
    )
    urllib.request.urlopen(request, timeout=5)
