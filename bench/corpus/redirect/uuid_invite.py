# corpus: safe SEC106
import uuid

from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/invites/accept")
def accept_invite():
    invite = uuid.UUID(request.args["invite"])
    return redirect(f"/teams/join/{invite}")
