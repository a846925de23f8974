# corpus: vulnerable SEC213
from flask import Flask
from flask_cors import CORS

CORS_CONFIG = {"origins": r".*", "supports_credentials": True, "max_age": 600}

app = Flask(__name__)
CORS(app, **CORS_CONFIG)
