# corpus: safe SEC107
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
FIXTURES = {"small", "medium", "large"}


@app.get("/demo-model")
def demo_model():
    size = request.args.get("size", "small")
    if size not in FIXTURES:
        abort(404)
    with open(f"/srv/app/fixtures/model-{size}.pkl", "rb") as fh:
        model = pickle.load(fh)
    return {"type": type(model).__name__}
