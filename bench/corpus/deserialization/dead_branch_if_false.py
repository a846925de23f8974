# corpus: safe SEC107
import json
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_data():
    body = request.get_data()
    if False:
        data = pickle.loads(body)
    else:
        data = json.loads(body)
    return {"items": len(data)}
