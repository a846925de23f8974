# corpus: safe SEC104
from flask import Flask, abort, request, send_file

app = Flask(__name__)


@app.get("/sample-data")
def sample_data():
    match request.args.get("format"):
        case "csv":
            path = "/srv/samples/data.csv"
        case "json":
            path = "/srv/samples/data.json"
        case _:
            abort(400)
    return send_file(path)
