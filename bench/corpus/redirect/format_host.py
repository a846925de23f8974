# corpus: vulnerable SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/region")
def choose_region():
    region = request.args.get("region", "eu")
    return redirect("https://{}.example.com/welcome".format(region))
