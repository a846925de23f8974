# corpus: vulnerable SEC104
import codecs

from flask import Flask, request

app = Flask(__name__)


@app.get("/datasets/preview")
def preview():
    dataset = request.args["dataset"]
    with codecs.open("/srv/datasets/" + dataset, encoding="utf-8") as fh:
        head = [next(fh, "") for _ in range(10)]
    return {"head": head}
