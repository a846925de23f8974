# corpus: safe SEC107
import json

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def config():
    text = request.get_data(as_text=True)
    num = 50
    if 7 * 18 + num > 200:
        parsed = yaml.unsafe_load(text)
    else:
        parsed = json.loads(text)
    return {"keys": sorted(parsed)}
