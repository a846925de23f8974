# corpus: safe SEC401
import os

from flask import Flask
from flask_mail import Mail

app = Flask(__name__)
app.config["MAIL_SERVER"] = "smtp.mailgun.org"
app.config["MAIL_USERNAME"] = "postmaster@mg.shop.io"
app.config["MAIL_PASSWORD"] = os.environ["MAIL_PASSWORD"]
app.config["MAIL_PASSWORD_FIELD"] = "smtp_password"
mail = Mail(app)
