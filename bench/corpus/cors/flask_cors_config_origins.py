# corpus: safe SEC213
import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_ORIGINS"] = os.environ["FRONTEND_ORIGINS"].split(",")
CORS(app, supports_credentials=True)
