# corpus: vulnerable SEC401
from flask import Flask
from flask_mail import Mail

app = Flask(__name__)
app.config["MAIL_SERVER"] = "smtp.mailgun.org"
app.config["MAIL_USERNAME"] = "postmaster@mg.shop.io"
app.config["MAIL_PASSWORD"] = "9b1e-Qm27x!Lz0vK"
mail = Mail(app)
