# corpus: safe SEC210
import random

from flask import Flask, session

app = Flask(__name__)
QUESTIONS = ["q1", "q2", "q3", "q4"]


@app.get("/quiz")
def quiz():
    order = QUESTIONS[:]
    random.shuffle(order)
    session["quiz_order"] = order
    return {"questions": order}
