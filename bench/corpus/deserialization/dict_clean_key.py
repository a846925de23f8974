# corpus: safe SEC107
import pickle

from flask import Flask, request

app = Flask(__name__)
BASELINE = pickle.dumps({"threshold": 0.5})


@app.post("/experiments")
def experiment():
    sources = {"baseline": BASELINE, "uploaded": request.get_data()}
    config = pickle.loads(sources["baseline"])
    return {"threshold": config["threshold"], "uploaded_bytes": len(sources["uploaded"])}
