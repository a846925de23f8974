# corpus: safe SEC102
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/usage")
def usage():
    program, directory = "/usr/bin/du", request.args.get("dir", "/srv/share")
    result = subprocess.run([program, "-sh", "--", directory], capture_output=True, text=True)
    return result.stdout, 200, {"Content-Type": "text/plain"}
