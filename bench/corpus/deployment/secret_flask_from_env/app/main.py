# corpus: safe SEC306
import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.secret_key = app.config["SECRET_KEY"]
