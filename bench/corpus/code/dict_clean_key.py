# corpus: safe SEC103
from flask import Flask, request

app = Flask(__name__)


@app.get("/kpi")
def kpi():
    spec = {"formula": "revenue / max(orders, 1)", "label": request.args.get("label", "AOV")}
    value = eval(spec["formula"], {"max": max}, {"revenue": 1200.0, "orders": 40})
    return {"label": spec["label"], "value": value}
