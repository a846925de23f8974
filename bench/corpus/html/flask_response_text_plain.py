# corpus: safe SEC111
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/debug/echo")
def debug_echo():
    return Response("echo: " + request.args.get("msg", ""), mimetype="text/plain")
