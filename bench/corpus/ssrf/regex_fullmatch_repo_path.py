# corpus: safe SEC105
import re

import requests
from flask import Flask, abort, request

app = Flask(__name__)
NAME = r"[A-Za-z0-9_.-]{1,100}"


@app.get("/repo-stars")
def repo_stars():
    owner, repo = request.args["owner"], request.args["repo"]
    if not (re.fullmatch(NAME, owner) and re.fullmatch(NAME, repo)):
        abort(400)
    response = requests.get(f"https://api.github.com/repos/{owner}/{repo}", timeout=5)
    return {"stars": response.json().get("stargazers_count")}
