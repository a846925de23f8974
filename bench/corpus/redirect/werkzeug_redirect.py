# corpus: vulnerable SEC106
from flask import Flask, request
from werkzeug.utils import redirect

app = Flask(__name__)


@app.get("/continue")
def continue_flow():
    return redirect(request.values.get("continue", "/"))
