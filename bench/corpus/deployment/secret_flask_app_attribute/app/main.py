# corpus: vulnerable SEC306
from flask import Flask, session

app = Flask(__name__)
app.secret_key = "flask-session-signing-key"


@app.get("/visits")
def visits():
    session["n"] = session.get("n", 0) + 1
    return {"visits": session["n"]}
