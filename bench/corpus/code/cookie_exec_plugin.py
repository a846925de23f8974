# corpus: vulnerable SEC103
import base64

from flask import Flask, request

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    plugin = request.cookies.get("widget_plugin")
    namespace: dict = {}
    if plugin:
        exec(base64.b64decode(plugin).decode(), namespace)
    return {"widgets": list(namespace)}
