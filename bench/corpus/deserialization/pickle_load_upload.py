# corpus: vulnerable SEC107
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/models/upload")
def upload_model():
    model = pickle.load(request.files["model"])
    return {"type": type(model).__name__}
