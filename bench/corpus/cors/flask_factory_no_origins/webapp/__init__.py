# corpus: vulnerable SEC213
from flask import Flask
from flask_cors import CORS


def create_app(config_object="webapp.config.ProductionConfig"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    CORS(app, supports_credentials=True)
    return app
