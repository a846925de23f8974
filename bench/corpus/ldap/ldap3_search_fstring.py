# corpus: vulnerable SEC109
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.example.com")


@app.post("/directory/lookup")
def lookup():
    username = request.form["username"]
    conn = Connection(server, "cn=reader,dc=example,dc=com", "secret", auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", f"(uid={username})", attributes=["mail"])
    return {"found": len(conn.entries)}
