# corpus: safe SEC401
from flask import Flask
from flask_httpauth import HTTPBasicAuth
from werkzeug.security import check_password_hash

app = Flask(__name__)
auth = HTTPBasicAuth()
USERS = {
    "ops": "scrypt:32768:8:1$kFh2Tq$0f3c",
    "finance": "scrypt:32768:8:1$Lm3Vx$9a2b",
}


@auth.verify_password
def verify(username: str, password: str):
    hashed = USERS.get(username)
    if hashed and check_password_hash(hashed, password):
        return username
    return None
