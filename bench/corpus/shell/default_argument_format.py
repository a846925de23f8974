# corpus: vulnerable SEC102
import os

from flask import Flask, request

app = Flask(__name__)


def archive_logs(day: str, fmt: str = "gztar") -> int:
    return os.system(f"/opt/tools/archive-logs --day {day} --format {fmt}")


@app.post("/logs/archive")
def archive():
    return {"status": archive_logs("today", fmt=request.form.get("format", "gztar"))}
