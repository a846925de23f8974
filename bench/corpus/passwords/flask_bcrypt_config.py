# corpus: vulnerable SEC207
from flask import Flask
from flask_bcrypt import Bcrypt

app = Flask(__name__)
app.config["BCRYPT_LOG_ROUNDS"] = 6
bcrypt = Bcrypt(app)
