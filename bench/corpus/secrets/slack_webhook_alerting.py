# corpus: vulnerable SEC401
import json
import urllib.request

ALERT_HOOK = "https://hooks.slack.com/services/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"


def alert(text: str) -> None:
    body = json.dumps({"text": text}).encode()
    request = urllib.request.Request(
        ALERT_HOOK, data=body, headers={"Content-Type": "application/json"}
    )
    urllib.request.urlopen(request, timeout=5)
