# corpus: safe SEC102
import os

from flask import Flask, request

app = Flask(__name__)
KNOWN_DAYS = ("today", "yesterday")


def archive_logs(day: str, fmt: str = "gztar") -> int:
    return os.system(f"/opt/tools/archive-logs --day {day} --format {fmt}")


@app.post("/logs/archive")
def archive():
    day = request.form.get("day", "today")
    if day not in KNOWN_DAYS:
        return {"error": "unknown day"}, 400
    return {"status": archive_logs(day)}
