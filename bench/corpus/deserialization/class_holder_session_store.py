# corpus: vulnerable SEC107
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


class CookieSession:
    def __init__(self, raw: str) -> None:
        self.raw = raw

    def load(self) -> dict:
        return pickle.loads(base64.b64decode(self.raw))


@app.get("/me")
def me():
    session = CookieSession(request.cookies.get("sess", "gAN9cQAu"))
    return {"user": session.load().get("user")}
