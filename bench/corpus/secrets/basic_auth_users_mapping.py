# corpus: vulnerable SEC401
from flask import Flask
from flask_httpauth import HTTPBasicAuth

app = Flask(__name__)
auth = HTTPBasicAuth()
USERS = {"ops": "0ps-Dashb0ard!", "finance": "F1nance#Q3-read"}


@auth.verify_password
def verify(username: str, password: str):
    if USERS.get(username) == password:
        return username
    return None
