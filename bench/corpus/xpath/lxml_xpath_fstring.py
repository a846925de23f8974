# corpus: vulnerable SEC110
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/app/users.xml")


@app.post("/xml-login")
def xml_login():
    user, password = request.form["user"], request.form["password"]
    matches = USERS.xpath(f"//user[name='{user}' and password='{password}']")
    return {"authenticated": bool(matches)}
