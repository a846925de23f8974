# corpus: safe SEC110
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/app/users.xml")


@app.post("/xml-login")
def xml_login():
    matches = USERS.xpath(
        "//user[name=$user and password=$password]",
        user=request.form["user"],
        password=request.form["password"],
    )
    return {"authenticated": bool(matches)}
