# corpus: vulnerable SEC211
from flask import Flask, jsonify, make_response
from flask_jwt_extended import create_access_token

app = Flask(__name__)


@app.post("/login")
def login():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("jwt", create_access_token(identity="ada"), httponly=True)
    return resp
