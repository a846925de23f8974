# corpus: safe SEC115
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/bulk-import")
def bulk_import():
    rows = request.get_json().get("rows", [])
    batch = int(request.args.get("batch", "0"))
    log.info("batch %d: importing %d rows", batch, len(rows))
    return {"accepted": len(rows)}
