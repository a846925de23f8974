# corpus: vulnerable SEC208
from hashlib import md5

from flask import Flask, abort, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "loaded-from-env"


def unsubscribe_token(email: str) -> str:
    return md5((email + app.config["SECRET_KEY"]).encode()).hexdigest()


@app.get("/unsubscribe")
def unsubscribe():
    if request.args.get("token") != unsubscribe_token(request.args["email"]):
        abort(403)
    return "unsubscribed"
