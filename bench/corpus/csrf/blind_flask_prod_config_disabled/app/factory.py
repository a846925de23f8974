from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
login_manager = LoginManager()


def create_app():
    app = Flask(__name__)
    app.config.from_object("app.config.ProductionConfig")
    csrf.init_app(app)
    login_manager.init_app(app)
    return app
