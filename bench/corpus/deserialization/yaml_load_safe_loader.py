# corpus: safe SEC107
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines/validate")
def validate_pipeline():
    config = yaml.load(request.get_data(as_text=True), Loader=yaml.SafeLoader)
    return {"stages": len(config.get("stages", []))}
