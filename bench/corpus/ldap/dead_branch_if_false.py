# corpus: safe SEC109
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.example.com")


@app.get("/people")
def people():
    name = request.args.get("name", "")
    conn = Connection(server, auto_bind=True)
    if False:
        conn.search("dc=example,dc=com", f"(cn={name})")
    conn.search("dc=example,dc=com", f"(cn={escape_filter_chars(name)})")
    return {"count": len(conn.entries)}
