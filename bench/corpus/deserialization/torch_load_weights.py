# corpus: vulnerable SEC107
import torch
from flask import Flask, request

app = Flask(__name__)


@app.post("/weights")
def load_weights():
    state = torch.load(request.files["weights"], weights_only=False)
    return {"tensors": len(state)}
