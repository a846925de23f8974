# corpus: safe SEC114
from urllib.parse import quote

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/export")
def export():
    name = request.args.get("name", "export")
    response = make_response("id,total\n1,10\n")
    response.headers["Content-Type"] = "text/csv"
    response.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}.csv"
    return response
