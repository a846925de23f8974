# corpus: safe SEC210
import random

from flask import Flask, session

app = Flask(__name__)


@app.get("/")
def home():
    if "variant" not in session:
        session["variant"] = random.choice(["control", "new_checkout"])
    return {"variant": session["variant"]}
