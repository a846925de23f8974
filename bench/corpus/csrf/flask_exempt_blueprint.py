# corpus: vulnerable SEC212
from flask import Blueprint, Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
api = Blueprint("api", __name__, url_prefix="/api")


def create_app():
    app = Flask(__name__)
    csrf.init_app(app)
    csrf.exempt(api)
    app.register_blueprint(api)
    return app
