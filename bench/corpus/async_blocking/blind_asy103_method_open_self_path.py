# corpus: vulnerable ASY103
import json
from pathlib import Path


class AuditSink:
    def __init__(self, path: Path):
        self.path = path

    def append(self, event: dict) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(event) + "\n")


sink = AuditSink(Path("/var/log/myapp/audit.jsonl"))


async def audit_middleware(request, call_next):
    response = await call_next(request)
    sink.append({"path": request.url.path, "status": response.status_code})
    return response
